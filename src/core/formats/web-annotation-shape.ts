// What parseWebAnnotations accepts: the annotations Crosscheck writes and, leniently, those of
// other tools (Hypothesis and the like). Unknown fields and body or selector kinds are ignored.
import { z } from 'zod';
import { wellFormedString } from './project-schema';

const isoTimestamp = z.iso.datetime({ offset: true });
const typeName = z.union([z.string(), z.array(z.string())]);

export const annotationBodySchema = z.union([
  z.string(),
  z.looseObject({
    type: typeName.optional(),
    purpose: z.string().optional(),
    value: z.string().optional(),
    source: z.union([wellFormedString, z.looseObject({ id: wellFormedString })]).optional(),
    created: isoTimestamp.optional(),
    modified: isoTimestamp.optional(),
  }),
]);

export const quoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const positionSelectorSchema = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((position) => position.start <= position.end, { message: 'start must not be after end', path: ['end'] });

const selectorSchema = z.union([quoteSelectorSchema, positionSelectorSchema, z.looseObject({ type: z.string() })]);

const targetSchema = z.union([
  z.string(),
  z.looseObject({
    source: z.union([wellFormedString, z.looseObject({ id: wellFormedString })]).optional(),
    id: z.optional(wellFormedString),
    selector: z.union([selectorSchema, z.array(selectorSchema)]).optional(),
  }),
]);

export const annotationSchema = z.looseObject({
  id: z.optional(wellFormedString),
  type: typeName.refine((type) => (Array.isArray(type) ? type : [type]).includes('Annotation'), 'type must be "Annotation"'),
  created: isoTimestamp.optional(),
  modified: isoTimestamp.optional(),
  body: z.union([annotationBodySchema, z.array(annotationBodySchema)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([targetSchema, z.array(targetSchema).min(1)]),
});

export type AnnotationInput = z.infer<typeof annotationSchema>;
export type AnnotationBody = z.infer<typeof annotationBodySchema>;
export type AnnotationTarget = z.infer<typeof targetSchema>;

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
