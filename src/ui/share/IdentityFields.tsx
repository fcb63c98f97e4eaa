import { IDENTITY_COLOURS, type DeskIdentity } from '../../state/share-store';

interface Props {
  identity: DeskIdentity;
  onChange: (identity: DeskIdentity) => void;
}

/** The name and colour the desk sees for this analyst: asked once, before the first share or join. */
export function IdentityFields({ identity, onChange }: Props) {
  return (
    <fieldset className="identity-fields">
      <legend>How the desk sees you</legend>
      <label className="field">
        Your name
        <input value={identity.name} maxLength={60} autoComplete="name" onChange={(event) => onChange({ ...identity, name: event.target.value })} />
      </label>
      <div className="colour-choices" role="radiogroup" aria-label="Your colour">
        {IDENTITY_COLOURS.map((colour) => (
          <label key={colour} className="colour-choice" style={{ background: colour }}>
            <input
              type="radio"
              name="identity-colour"
              value={colour}
              checked={identity.colour === colour}
              onChange={() => onChange({ ...identity, colour })}
              aria-label={`Colour ${colour}`}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
