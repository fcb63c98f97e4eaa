import { describe, expect, it } from 'vitest';
import { isPlaceAndDemonym } from './demonyms';

describe('isPlaceAndDemonym', () => {
  it.each([
    ['Russia', 'Russian'],
    ['Ukrainian', 'Ukraine'],
    ['America', 'Americans'],
    ['Iraq', 'Iraqi'],
    ['Israelis', 'Israel'],
    ['China', 'Chinese'],
    ['Japan', 'Japanese'],
    ['Britain', 'British'],
    ['Poland', 'Polish'],
    ['Sweden', 'Swedish'],
    ['Turkey', 'Turkish'],
    ['Germany', 'German'],
    ['Italy', 'Italian'],
    ['Canada', 'Canadian'],
    ['Mexico', 'Mexican'],
    ['Europe', 'European'],
    ['Korea', 'Korean'],
    ['Iran', 'Iranian'],
    ['Oman', 'Omani'],
    ['Chicago', 'Chicagoan'],
    ['London', 'Londoner'],
    ['RUSSIA', 'russian'],
  ])('reads %s and %s as a place and its adjective or people', (a, b) => {
    expect(isPlaceAndDemonym(a, b)).toBe(true);
  });

  it.each([
    ['Sergey', 'Sergei'],
    ['Dmitry', 'Dmitri'],
    ['Aleksandr', 'Aleksander'],
    ['Stephen', 'Stephan'],
    ['Adrien', 'Adrian'],
    ['Organization', 'Organisation'],
    ['Clapper', 'Clepper'],
    ['Russia', 'Russia'],
  ])('keeps %s and %s apart from a place and its adjective', (a, b) => {
    expect(isPlaceAndDemonym(a, b)).toBe(false);
  });
});
