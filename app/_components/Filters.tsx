"use client";
// The filter controls. Each change produces a new ViewFilters value; the Explorer does the rest.
import { useEffect, useId, useRef, useState } from "react";
import type { EventCategory } from "@/lib/events/types";
import { displayName } from "@/lib/view/entities";
import { categoryLabel, dateSourceFilterLabel, groupingLabel, labels } from "@/lib/view/i18n";
import { CATEGORIES, DATE_SOURCE_FILTERS, EMPTY_FILTERS, GROUPINGS, hasFilters, type DateSourceFilter, type Grouping, type Lang, type ViewFilters } from "@/lib/view/state";
import type { Facets } from "@/lib/view/types";

interface Props {
  lang: Lang;
  facets: Facets;
  filters: ViewFilters;
  group: Grouping;
  onFilters(f: ViewFilters): void;
  onGroup(g: Grouping): void;
  /** Shared links show their filters without letting them change. */
  readOnly?: boolean;
}

type Option = { id: string; name: string; en?: string; count: number };

/** Facet options, keeping values the URL selected even if they are not among the listed ones. */
function withSelected(options: Option[], selected: string[]): Option[] {
  const known = new Set(options.map((o) => o.id));
  return [...options, ...selected.filter((s) => !known.has(s)).map((s) => ({ id: s, name: s, count: 0 }))];
}

function MultiSelect(props: { label: string; name: string; lang: Lang; options: Option[]; value: string[]; onChange(v: string[]): void }) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {props.label}
      <select
        id={id}
        name={props.name}
        multiple
        value={props.value}
        onChange={(e) => props.onChange([...e.currentTarget.selectedOptions].map((o) => o.value))}
      >
        {withSelected(props.options, props.value).map((o) => (
          <option key={o.id} value={o.id}>
            {o.count ? `${displayName(o, props.lang)} (${o.count})` : displayName(o, props.lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function Filters({ lang, facets, filters, group, onFilters, onGroup, readOnly = false }: Props) {
  const t = labels(lang);
  const [text, setText] = useState(filters.text);
  const latest = useRef({ filters, onFilters });
  latest.current = { filters, onFilters };
  // Typing is debounced; a new URL/view resets the box.
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => {
    if (text === latest.current.filters.text) return;
    const id = setTimeout(() => latest.current.onFilters({ ...latest.current.filters, text }), 350);
    return () => clearTimeout(id);
  }, [text]);

  const toggleSource = (d: DateSourceFilter, on: boolean) =>
    onFilters({ ...filters, dateSources: on ? [...filters.dateSources, d] : filters.dateSources.filter((x) => x !== d) });

  return (
    <form className="filters no-print" role="search" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="filters-lock" disabled={readOnly}>
      <label>
        {t.search}
        <input
          type="search"
          name="q"
          value={text}
          placeholder={t.searchPlaceholder}
          maxLength={200}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="search"
        />
      </label>
      <MultiSelect lang={lang} label={t.outlet} name="o" options={facets.outlets} value={filters.outlets} onChange={(outlets) => onFilters({ ...filters, outlets })} />
      <MultiSelect lang={lang} label={t.place} name="p" options={facets.places} value={filters.places} onChange={(places) => onFilters({ ...filters, places })} />
      <MultiSelect lang={lang} label={t.actor} name="a" options={facets.actors} value={filters.actors} onChange={(actors) => onFilters({ ...filters, actors })} />
      <MultiSelect
        lang={lang}
        label={t.category}
        name="c"
        options={CATEGORIES.map((c) => ({ id: c, name: categoryLabel(c, lang), count: facets.categories.find((x) => x.id === c)?.count ?? 0 }))}
        value={filters.categories}
        onChange={(v) => onFilters({ ...filters, categories: v as EventCategory[] })}
      />
      <fieldset>
        <legend>{t.dateSource}</legend>
        {DATE_SOURCE_FILTERS.map((d) => (
          <label key={d}>
            <input type="checkbox" name="d" value={d} checked={filters.dateSources.includes(d)} onChange={(e) => toggleSource(d, e.currentTarget.checked)} />
            {dateSourceFilterLabel(d, lang)}
          </label>
        ))}
      </fieldset>
      <label>
        {t.grouping}
        <select name="g" value={group} onChange={(e) => onGroup(e.currentTarget.value as Grouping)} data-testid="grouping">
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {groupingLabel(g, lang)}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(filters) && (
        <button type="button" className="btn" onClick={() => onFilters(EMPTY_FILTERS)}>
          {t.clearFilters}
        </button>
      )}
      </fieldset>
    </form>
  );
}
