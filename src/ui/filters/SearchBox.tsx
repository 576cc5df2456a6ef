/** Free-text search over titles, places (any spelling), actors (any alias) and excerpts. */
import { useAppStore } from '../../store/appStore';

export function SearchBox() {
  const text = useAppStore((s) => s.searchText);
  const setText = useAppStore((s) => s.setSearchText);
  return (
    <div className="search-box" role="search">
      <label htmlFor="incident-search" className="visually-hidden">
        Search incidents
      </label>
      <input
        id="incident-search"
        type="search"
        value={text}
        placeholder="Search places, actors, quotes… (e.g. Daesh)"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.currentTarget.value)}
      />
    </div>
  );
}
