/**
 * What the claims kernel needs to know about the loaded data, built once per catalogue: each
 * cited source's outlet, agency, date and archived text, and one actor finder for every record.
 */
import type { Actor, Source } from '../sourceCatalog';
import type { ImportedSource } from '../import/types';
import { createActorFinder } from '../extract/actors';
import type { ReportContext } from './deriveReports';

export interface Catalogue {
  sources: ReadonlyMap<string, Source>;
  sourceTexts: ReadonlyMap<string, string>;
  importedSources: ReadonlyMap<string, ImportedSource>;
  actors: ReadonlyMap<string, Actor>;
}

export function reportContextOf(c: Catalogue): ReportContext {
  const actors = [...c.actors.values()];
  return {
    actors,
    findActors: createActorFinder(actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases }))),
    sourceInfo: (id) => {
      const bundled = c.sources.get(id);
      if (bundled)
        return {
          outlet: bundled.outlet,
          agency: bundled.carries ?? bundled.outlet,
          published: bundled.published.date,
          text: c.sourceTexts.get(id),
        };
      const imported = c.importedSources.get(id);
      if (!imported) return undefined;
      const outlet = imported.outlet ?? 'Imported';
      return { outlet, agency: outlet };
    },
  };
}
