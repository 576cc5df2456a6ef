/** What one report says about one kind of claim: the words as written, what they resolve to, and any disagreement, in words. */
import type { Claim } from '../../data/claims/types';

interface Props {
  claims: Claim[] | undefined;
  actorName: (id: string) => string;
  meaning: (c: Claim) => string | null;
  disagreement: string | null;
}

export function ClaimCellContent({ claims, meaning, disagreement }: Props) {
  if (!claims?.length) return <span className="claim-none">Not stated</span>;
  return (
    <>
      {claims.map((c, i) => {
        const means = meaning(c);
        return (
          <span className="claim" key={`${c.words}-${i}`}>
            <span className="claim-words">“{c.words}”</span>
            {means && <span className="claim-means"> {means}</span>}
            {c.verbatim === false && <span className="claim-warn"> not found in the archived text</span>}
          </span>
        );
      })}
      {disagreement && (
        <span className="claim-disagrees">
          {' '}
          <span aria-hidden="true">≠ </span>
          {disagreement}
        </span>
      )}
    </>
  );
}

/** The class of a cell: marked when it disagrees, so colour backs up the words. */
export const cellClass = (disagreement: string | null) => (disagreement ? 'claim-cell disagrees' : 'claim-cell');
