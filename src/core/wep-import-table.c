/* wep-import-table.c: plans, figures, regions, region figures and
 * allocations from a spreadsheet: the row checks, the preview, the
 * import, and the templates
 *
 * Every row is checked on its own (every cell; a row can be rejected for
 * several reasons) and against the rows above it (the same natural key
 * twice: the second is rejected and names the first's line). Fully empty
 * rows are skipped.
 *
 * How the rows are written into the plan (and what an import of corrected
 * figures replaces) is in wep-import-write.c; the preview names what each
 * row replaces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-import-table-private.h"

#define MIN_YEAR 2000
#define MAX_YEAR 2100

typedef struct
{
  WepDocument      *doc;
  sqlite3          *db;
  WepTableData     *data;
  WepImportPreview *preview;
  WepImportParsed  *parsed;
  WepPlaceIndex    *municipalities;
  WepPlaceIndex    *regions;
  GHashTable       *keys;       /* natural key → first line */
  GHashTable       *seen;       /* what the rows above said: "region|CODE" … → Seen * */
} Checker;

/* What a row above said about a municipality or region. */
typedef struct
{
  guint   line;
  char   *text;
  char   *other;
  double  value;
} Seen;

static void
seen_free (Seen *seen)
{
  g_free (seen->text);
  g_free (seen->other);
  g_free (seen);
}

/* ---- rejections --------------------------------------------------------- */

static void reject (Checker     *c,
                    WepTableRow *row,
                    guint        slot,
                    const char  *format,
                    ...) G_GNUC_PRINTF (4, 5);

/* A rejection at the column of slot (or the row as a whole without one). */
static void
reject (Checker     *c,
        WepTableRow *row,
        guint        slot,
        const char  *format,
        ...)
{
  g_autofree char *reason = NULL;
  const WepTableColumn *column = NULL;
  va_list args;

  g_assert (c != NULL && row != NULL);

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  if (slot < c->data->n_slots && c->data->slot_column[slot] >= 0)
    column = g_ptr_array_index (c->data->columns, c->data->slot_column[slot]);
  wep_import_preview_reject (c->preview, row->line, column != NULL ? column->column : 0,
                             column != NULL ? column->name : NULL, "%s", reason);
}

static const char *
column_name (Checker *c,
             int      slot)
{
  if (c->data->slot_column[slot] < 0)
    return c->data->table->fields[slot].header;
  return ((WepTableColumn *) g_ptr_array_index (c->data->columns,
                                                c->data->slot_column[slot]))->name;
}

/* ---- cells -------------------------------------------------------------- */

/* A number cell: typed, or text by the file's number style. */
static gboolean
parse_number_cell (Checker       *c,
                   WepTableRow   *row,
                   guint          slot,
                   const WepCell *cell,
                   double        *value)
{
  if (cell->number)
    *value = cell->value;
  else
    switch (_wep_parse_number (cell->text, c->data->style, value))
      {
      case WEP_NUMBER_OK:
        break;
      case WEP_NUMBER_PERCENT:
        reject (c, row, slot, _("“%s” is a percentage; give a number"), cell->text);
        return FALSE;
      case WEP_NUMBER_NOT_A_NUMBER:
      default:
        reject (c, row, slot, _("“%s” is not a number"), cell->text);
        return FALSE;
      }
  return TRUE;
}

/* Every cell but the municipality's and the region's, which are looked up
 * in the plan afterwards. FALSE when the cell rejects the row. */
static gboolean
parse_cell (Checker        *c,
            WepTableRow    *row,
            guint           slot,
            WepImportValue *value)
{
  const WepField *field = &c->data->table->fields[slot];
  const WepCell *cell = &row->cells[slot];
  const char *key = NULL;
  double number = 0;

  if (cell->text == NULL)
    {
      if (!field->required)
        return TRUE;
      reject (c, row, slot, _("the cell is empty; this column needs a value"));
      return FALSE;
    }

  switch (field->type)
    {
    case WEP_FIELD_MUNICIPALITY:
    case WEP_FIELD_REGION:
    case WEP_FIELD_TEXT:
      if (g_utf8_strlen (cell->text, -1) > WEP_MAX_TEXT_CHARS)
        {
          reject (c, row, slot, _("the text is longer than %d characters"), WEP_MAX_TEXT_CHARS);
          return FALSE;
        }
      /* Our exports neutralise text that a spreadsheet would take for a
       * formula with a leading apostrophe (wep-export.c): take it off
       * again, but only there ('s-Hertogenbosch keeps its own). */
      if (field->type == WEP_FIELD_TEXT && cell->text[0] == '\''
          && strchr ("=+-@\t\r", cell->text[1]) != NULL && cell->text[1] != '\0')
        value->text = g_strdup (cell->text + 1);
      else
        value->text = g_strdup (cell->text);
      break;

    case WEP_FIELD_YEAR:
      if (cell->number)
        number = cell->value;
      else if (_wep_parse_number (cell->text, c->data->style, &number) != WEP_NUMBER_OK)
        number = NAN;
      if (isnan (number) || number != floor (number) || number < MIN_YEAR || number > MAX_YEAR)
        {
          reject (c, row, slot, _("“%s” is not a year from %d to %d"), cell->text, MIN_YEAR,
                  MAX_YEAR);
          return FALSE;
        }
      value->number = number;
      break;

    case WEP_FIELD_NUMBER:
    case WEP_FIELD_COUNT:
      /* CBS writes "." for a figure that is not known: an empty cell. */
      if (g_str_equal (cell->text, "."))
        return TRUE;
      if (!parse_number_cell (c, row, slot, cell, &number))
        return FALSE;
      if (number < 0)
        {
          reject (c, row, slot, _("“%s” is negative; give a number of 0 or more"), cell->text);
          return FALSE;
        }
      if (field->type == WEP_FIELD_COUNT && (number != floor (number) || number > 1e15))
        {
          reject (c, row, slot, _("“%s” is not a whole number"), cell->text);
          return FALSE;
        }
      value->number = number;
      break;

    case WEP_FIELD_PATHWAY:
      if ((key = _wep_parse_pathway (cell->text)) == NULL)
        {
          reject (c, row, slot, _("“%s” is not a pathway: hf, ind or grp"), cell->text);
          return FALSE;
        }
      break;

    case WEP_FIELD_STATUS:
      if ((key = _wep_parse_status (cell->text)) == NULL)
        {
          reject (c, row, slot, _("“%s” is not a status: gepland, in aanbouw or gerealiseerd"),
                  cell->text);
          return FALSE;
        }
      break;

    case WEP_FIELD_REGION_KIND:
      if ((key = _wep_parse_region_kind (cell->text)) == NULL)
        {
          reject (c, row, slot, _("“%s” is not a kind of region: centrumgemeente, "
                                  "woningmarktregio, provincie or eigen"), cell->text);
          return FALSE;
        }
      break;

    case WEP_FIELD_DATE:
      if (cell->date)
        value->text = g_strdup (cell->text);
      else if (cell->number)
        value->text = _wep_date_from_serial (cell->value);
      else
        value->text = _wep_parse_date (cell->text, c->data->spreadsheet);
      if (value->text == NULL)
        {
          reject (c, row, slot, _("“%s” is not a date: give YYYY-MM-DD or DD-MM-YYYY"),
                  cell->text);
          return FALSE;
        }
      break;

    default:
      g_assert_not_reached ();
    }
  if (key != NULL)
    value->text = g_strdup (key);
  value->set = TRUE;
  return TRUE;
}

/* ---- municipalities and regions ----------------------------------------- */

static void
reject_unknown (Checker     *c,
                WepTableRow *row,
                guint        slot,
                const char  *text,
                WepMatch     match,
                const char  *candidates,
                gboolean     region)
{
  if (match == WEP_MATCH_AMBIGUOUS)
    reject (c, row, slot, _("“%s” is ambiguous: it could be %s; give the code or the full name"),
            text, candidates);
  else if (candidates != NULL && region)
    reject (c, row, slot, _("“%s” is not a region of the plan; the closest: %s"), text,
            candidates);
  else if (region)
    reject (c, row, slot, _("“%s” is not a region of the plan"), text);
  else if (candidates != NULL)
    reject (c, row, slot, _("“%s” is not a municipality of the plan; the closest: %s"), text,
            candidates);
  else
    reject (c, row, slot, _("“%s” is not a municipality of the plan"), text);
}

/* The municipality of a row, by code or name, into its value as a code
 * (and, for a new one of the figures kind, its name into the name's). */
static gboolean
resolve_municipality (Checker      *c,
                      WepTableRow  *row,
                      WepImportRow *out)
{
  const WepImportSlots *s = &c->parsed->slots;
  guint name_slot = s->name >= 0 ? (guint) s->name : WEP_SLOT_NAME (c->data);
  WepImportValue *value = &out->values[s->municipality];
  const char *text = value->text, *name = row->cells[name_slot].text;
  g_autofree char *candidates = NULL;
  const WepPlace *place = NULL;
  char code[7];
  WepMatch match;

  if (_wep_parse_municipality_code (text, code))
    {
      if ((place = _wep_place_index_get (c->municipalities, code)) == NULL)
        {
          g_autofree char *key = g_strconcat ("new|", code, NULL);

          if (s->name < 0 || name == NULL)
            {
              reject (c, row, s->municipality,
                      s->name >= 0 ? _("%s is not a municipality of the plan; give its name "
                                       "(column gemeentenaam) to add it")
                                   : _("%s is not a municipality of the plan"), code);
              return FALSE;
            }
          out->new_municipality = !g_hash_table_contains (c->seen, key);
          if (out->new_municipality)
            {
              Seen *seen = g_new0 (Seen, 1);

              seen->line = row->line;
              g_hash_table_insert (c->seen, g_steal_pointer (&key), seen);
            }
          g_free (value->text);
          value->text = g_strdup (code);
          return TRUE;
        }
      /* A name beside the code must be the same municipality. */
      if (name != NULL
          && _wep_place_index_match (c->municipalities, name, &place, NULL) == WEP_MATCH_FOUND
          && !g_str_equal (place->code, code))
        {
          reject (c, row, name_slot, _("“%s” is %s in the plan, not %s"), name, place->code,
                  code);
          return FALSE;
        }
      g_free (value->text);
      value->text = g_strdup (code);
      return TRUE;
    }

  match = _wep_place_index_match (c->municipalities, text, &place, &candidates);
  if (match != WEP_MATCH_FOUND)
    {
      reject_unknown (c, row, s->municipality, text, match, candidates, FALSE);
      return FALSE;
    }
  g_free (value->text);
  value->text = g_strdup (place->code);
  return TRUE;
}

static gboolean
resolve_region (Checker      *c,
                WepTableRow  *row,
                WepImportRow *out)
{
  int slot = c->parsed->slots.region;
  WepImportValue *value = &out->values[slot];
  g_autofree char *candidates = NULL;
  const WepPlace *place = NULL;
  WepMatch match = _wep_place_index_match (c->regions, value->text, &place, &candidates);

  if (match != WEP_MATCH_FOUND)
    {
      reject_unknown (c, row, slot, value->text, match, candidates, TRUE);
      return FALSE;
    }
  g_free (value->text);
  value->text = g_strdup (place->code);
  return TRUE;
}

/* "GM0193 Zwolle" */
static char *
describe_municipality (Checker      *c,
                       WepImportRow *row)
{
  const WepImportSlots *s = &c->parsed->slots;
  const char *code = row->values[s->municipality].text;
  const WepPlace *place = _wep_place_index_get (c->municipalities, code);

  if (place != NULL)
    return g_strdup_printf ("%s %s", code, place->name);
  return g_strdup_printf ("%s %s", code, s->name >= 0 && row->values[s->name].text != NULL
                                         ? row->values[s->name].text : "");
}

/* ---- what the plan holds already ---------------------------------------- */

/* The counted value for a natural key and where it came from: sql takes
 * ?1 text, ?2 year, ?3 text and gives value, source. */
static char *
counted_before (Checker    *c,
                const char *sql,
                const char *a,
                int         year,
                const char *b)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (c->db, sql, NULL);
  g_autofree char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  if (b != NULL)
    sqlite3_bind_text (stmt, 3, b, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  value = _wep_format_value (sqlite3_column_double (stmt, 0));
  return g_strdup_printf (_("replaces %s from %s"), value,
                          (const char *) sqlite3_column_text (stmt, 1));
}

/* Appends " (replaces …)" to line when there is something to replace;
 * takes replaces. */
static void
append_replaces (GString *line,
                 char    *replaces)
{
  if (replaces != NULL)
    g_string_append_printf (line, " (%s)", replaces);
  g_free (replaces);
}

/* The line that had the same natural key before, or 0 (and the key is
 * noted for the rows below). Takes key. */
static guint
duplicate_of (Checker     *c,
              WepTableRow *row,
              char        *key)
{
  gpointer first;

  if (g_hash_table_lookup_extended (c->keys, key, NULL, &first))
    {
      g_free (key);
      return GPOINTER_TO_UINT (first);
    }
  g_hash_table_insert (c->keys, key, GUINT_TO_POINTER (row->line));
  return 0;
}

/* ---- the kinds ---------------------------------------------------------- */

static gboolean
check_plan (Checker      *c,
            WepTableRow  *row,
            WepImportRow *out,
            GString      *line)
{
  const WepImportSlots *s = &c->parsed->slots;
  WepImportValue *v = out->values;
  const char *code = v[s->municipality].text, *pathway = v[s->pathway].text;
  int year = v[s->year].number;
  g_autofree char *who = describe_municipality (c, out);
  g_autofree char *units = _wep_format_value (v[s->units].number);
  guint first;

  if ((first = duplicate_of (c, row, g_strdup_printf ("%s|%d|%s", code, year, pathway))) > 0)
    {
      reject (c, row, s->municipality,
              _("duplicate: line %u has the same municipality, year and pathway"), first);
      return FALSE;
    }
  g_string_append_printf (line, _("line %u: %s, %d, %s: %s units (%s)"), row->line, who, year,
                          pathway, units, v[s->status].set ? v[s->status].text : "gepland");
  append_replaces (line, counted_before (c, "SELECT p.units, v.source FROM plans p "
                                            "JOIN provenance v ON v.id = p.provenance_id "
                                            "WHERE p.municipality = ?1 AND p.year = ?2 "
                                            "AND p.pathway = ?3 AND p.counted = 1",
                                         code, year, pathway));
  return TRUE;
}

static gboolean
check_allocation (Checker      *c,
                  WepTableRow  *row,
                  WepImportRow *out,
                  GString      *line)
{
  const WepImportSlots *s = &c->parsed->slots;
  WepImportValue *v = out->values;
  const char *code = v[s->municipality].text, *group = v[s->group].text;
  int year = v[s->year].number;
  g_autofree char *who = describe_municipality (c, out);
  g_autofree char *homes = _wep_format_value (v[s->homes].number);
  guint first;

  if ((first = duplicate_of (c, row, g_strdup_printf ("%s|%d|%s", code, year, group))) > 0)
    {
      reject (c, row, s->municipality,
              _("duplicate: line %u has the same municipality, year and group"), first);
      return FALSE;
    }
  g_string_append_printf (line, _("line %u: %s, %d, %s: %s homes"), row->line, who, year, group,
                          homes);
  append_replaces (line, counted_before (c, "SELECT a.homes, v.source FROM allocations a "
                                            "JOIN provenance v ON v.id = a.provenance_id "
                                            "WHERE a.municipality = ?1 AND a.year = ?2 "
                                            "AND a.target_group = ?3 AND a.counted = 1",
                                         code, year, group));
  return TRUE;
}

/* A municipality's own figures (not per year) may be on several rows, but
 * must be the same on each. */
static gboolean
check_same_figure (Checker     *c,
                   WepTableRow *row,
                   guint        slot,
                   const char  *code,
                   double       value)
{
  g_autofree char *key = g_strdup_printf ("figure|%s|%u", code, slot);
  Seen *seen = g_hash_table_lookup (c->seen, key);

  if (seen == NULL)
    {
      seen = g_new0 (Seen, 1);
      seen->line = row->line;
      seen->value = value;
      g_hash_table_insert (c->seen, g_steal_pointer (&key), seen);
      return TRUE;
    }
  if (seen->value == value)
    return TRUE;
  {
    g_autofree char *here = _wep_format_value (value);
    g_autofree char *there = _wep_format_value (seen->value);

    reject (c, row, slot, _("%s, but line %u gives %s for this municipality"), here, seen->line,
            there);
  }
  return FALSE;
}

static gboolean
check_figures (Checker      *c,
               WepTableRow  *row,
               WepImportRow *out,
               GString      *line)
{
  static const char *const own[] = { "population", "households", "social_rental_stock" };
  const WepTableKind *table = c->data->table;
  const WepImportSlots *s = &c->parsed->slots;
  WepImportValue *v = out->values;
  const char *code = v[s->municipality].text;
  int year = v[s->year].set ? (int) v[s->year].number : 0;
  g_autofree char *who = describe_municipality (c, out);
  g_autoptr (GString) items = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok = TRUE;
  guint first;

  if (v[s->lettings].set && !v[s->year].set)
    {
      reject (c, row, s->lettings, _("lettings need a year: the column %s is missing or empty"),
              table->fields[s->year].header);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      int slot = _wep_import_slot_of (table, own[i]);

      if (v[slot].set)
        ok = check_same_figure (c, row, slot, code, v[slot].number) && ok;
    }
  if (!ok)
    return FALSE;
  if ((first = duplicate_of (c, row, g_strdup_printf ("%s|%d", code, year))) > 0)
    {
      if (year > 0)
        reject (c, row, s->municipality,
                _("duplicate: line %u has the same municipality and year"), first);
      else
        reject (c, row, s->municipality, _("duplicate: line %u has the same municipality"),
                first);
      return FALSE;
    }

  stmt = _wep_sqlite_prepare (c->db, "SELECT population, households, social_rental_stock "
                                     "FROM municipalities WHERE code = ?", NULL);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (stmt != NULL && sqlite3_step (stmt) != SQLITE_ROW)
    g_clear_pointer (&stmt, sqlite3_finalize);
  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      int slot = _wep_import_slot_of (table, own[i]);
      g_autofree char *value = NULL;

      if (!v[slot].set)
        continue;
      value = _wep_format_value (v[slot].number);
      g_string_append_printf (items, "%s%s %s", items->len > 0 ? ", " : "",
                              column_name (c, slot), value);
      if (stmt != NULL && sqlite3_column_type (stmt, i) != SQLITE_NULL
          && sqlite3_column_double (stmt, i) != v[slot].number)
        {
          g_autofree char *was = _wep_format_value (sqlite3_column_double (stmt, i));

          g_string_append_printf (items, _(" (was %s)"), was);
        }
    }
  if (v[s->lettings].set)
    {
      g_autofree char *value = _wep_format_value (v[s->lettings].number);

      g_string_append_printf (items, "%s%s %d: %s", items->len > 0 ? ", " : "",
                              column_name (c, s->lettings), year, value);
      append_replaces (items, counted_before (c, "SELECT l.lettings, v.source "
                                                 "FROM municipality_lettings l "
                                                 "JOIN provenance v ON v.id = l.provenance_id "
                                                 "WHERE l.municipality = ?1 AND l.year = ?2 "
                                                 "AND l.counted = 1",
                                              code, year, NULL));
    }

  if (out->new_municipality)
    g_string_append_printf (line, _("line %u: %s (new municipality): %s"), row->line, who,
                            items->len > 0 ? items->str : _("no figures"));
  else if (items->len > 0)
    g_string_append_printf (line, _("line %u: %s: %s"), row->line, who, items->str);
  else
    g_string_append_printf (line, _("line %u: %s: no figures, nothing to import"), row->line,
                            who);
  return TRUE;
}

static gboolean
check_region_figures (Checker      *c,
                      WepTableRow  *row,
                      WepImportRow *out,
                      GString      *line)
{
  const WepTableKind *table = c->data->table;
  const WepImportSlots *s = &c->parsed->slots;
  WepImportValue *v = out->values;
  const char *code = v[s->region].text;
  int year = v[s->year].number;
  const WepPlace *region = _wep_place_index_get (c->regions, code);
  g_autoptr (GString) items = g_string_new (NULL);
  guint first;

  if ((first = duplicate_of (c, row, g_strdup_printf ("%s|%d", code, year))) > 0)
    {
      reject (c, row, s->region, _("duplicate: line %u has the same region and year"), first);
      return FALSE;
    }
  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].type == WEP_FIELD_NUMBER && v[i].set)
      {
        g_autofree char *value = _wep_format_value (v[i].number);

        g_string_append_printf (items, "%s%s %s", items->len > 0 ? ", " : "",
                                column_name (c, i), value);
        append_replaces (items, counted_before (c, "SELECT f.value, v.source "
                                                   "FROM region_figures f "
                                                   "JOIN provenance v ON v.id = f.provenance_id "
                                                   "WHERE f.region = ?1 AND f.year = ?2 "
                                                   "AND f.key = ?3 AND f.counted = 1",
                                                code, year, table->fields[i].key));
      }
  g_string_append_printf (line, _("line %u: %s %s, %d: %s"), row->line, code, region->name, year,
                          items->len > 0 ? items->str : _("no figures, nothing to import"));
  return TRUE;
}

static gboolean
check_region_member (Checker      *c,
                     WepTableRow  *row,
                     WepImportRow *out,
                     GString      *line)
{
  const WepImportSlots *s = &c->parsed->slots;
  WepImportValue *v = out->values;
  const char *municipality = v[s->municipality].text, *code = v[s->region].text;
  const char *kind = v[s->region_kind].text, *name = v[s->region_name].text;
  const WepPlace *region = _wep_place_index_get (c->regions, code);
  g_autofree char *who = describe_municipality (c, out);
  g_autofree char *region_key = g_strconcat ("region|", code, NULL);
  g_autofree char *member_key = g_strdup_printf ("member|%s|%s", municipality, kind);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  Seen *seen;

  if (region != NULL)
    {
      /* The plan's spelling of the code. */
      g_free (v[s->region].text);
      code = v[s->region].text = g_strdup (region->code);
      if (!g_str_equal (region->kind, kind))
        {
          reject (c, row, s->region_kind, _("region %s is a %s in the plan, not a %s"), code,
                  region->kind, kind);
          return FALSE;
        }
    }
  if ((seen = g_hash_table_lookup (c->seen, region_key)) != NULL)
    {
      if (!g_str_equal (seen->text, kind))
        {
          reject (c, row, s->region_kind, _("region %s is a %s on line %u; a region has one "
                                            "kind"), code, seen->text, seen->line);
          return FALSE;
        }
      if (name != NULL && seen->other != NULL && !g_str_equal (seen->other, name))
        {
          reject (c, row, s->region_name, _("region %s is called “%s” on line %u"), code,
                  seen->other, seen->line);
          return FALSE;
        }
    }
  if ((seen = g_hash_table_lookup (c->seen, member_key)) != NULL)
    {
      if (g_str_equal (seen->text, code))
        reject (c, row, s->municipality,
                _("duplicate: line %u has the same municipality and region"), seen->line);
      else
        reject (c, row, s->region, _("line %u puts this municipality in region %s of the same "
                                     "kind; a municipality is in one region of each kind"),
                seen->line, seen->text);
      return FALSE;
    }

  seen = g_new0 (Seen, 1);
  seen->line = row->line;
  seen->text = g_strdup (code);
  g_hash_table_insert (c->seen, g_steal_pointer (&member_key), seen);
  if (!g_hash_table_contains (c->seen, region_key))
    {
      seen = g_new0 (Seen, 1);
      seen->line = row->line;
      seen->text = g_strdup (kind);
      seen->other = g_strdup (name);
      g_hash_table_insert (c->seen, g_strdup (region_key), seen);
      out->new_region = region == NULL;
    }

  g_string_append_printf (line, _("line %u: %s in %s %s (%s)"), row->line, who, code,
                          region != NULL ? region->name : name != NULL ? name : code, kind);
  if (out->new_region)
    g_string_append (line, _(", a new region"));
  stmt = _wep_sqlite_prepare (c->db, "SELECT region FROM region_members "
                                     "WHERE municipality = ? AND kind = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
    }
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *before = (const char *) sqlite3_column_text (stmt, 0);

      out->nothing = g_str_equal (before, code);
      out->moves = !out->nothing;
      if (out->nothing)
        g_string_append (line, _(", already in the plan"));
      else
        g_string_append_printf (line, _(", moves from %s"), before);
    }
  return TRUE;
}

/* One row: its cells, its municipality or region, the kind's checks. */
static void
check_row (Checker     *c,
           WepTableRow *row)
{
  const WepTableKind *table = c->data->table;
  const WepImportSlots *s = &c->parsed->slots;
  g_autoptr (GString) line = g_string_new (NULL);
  WepImportRow *out = g_new0 (WepImportRow, 1);
  gboolean ok = TRUE;

  out->line = row->line;
  out->values = g_new0 (WepImportValue, table->n_fields);
  for (guint i = 0; i < table->n_fields; i++)
    ok = parse_cell (c, row, i, &out->values[i]) && ok;
  if (ok && s->municipality >= 0)
    ok = resolve_municipality (c, row, out);
  if (ok && s->region >= 0 && table->kind == WEP_IMPORT_REGION_FIGURES)
    ok = resolve_region (c, row, out);
  if (ok)
    switch (table->kind)
      {
      case WEP_IMPORT_PLANS:
        ok = check_plan (c, row, out, line);
        break;
      case WEP_IMPORT_FIGURES:
        ok = check_figures (c, row, out, line);
        break;
      case WEP_IMPORT_REGIONS:
        ok = check_region_member (c, row, out, line);
        break;
      case WEP_IMPORT_REGION_FIGURES:
        ok = check_region_figures (c, row, out, line);
        break;
      case WEP_IMPORT_ALLOCATIONS:
        ok = check_allocation (c, row, out, line);
        break;
      case WEP_IMPORT_BOUNDARIES:
      case WEP_N_IMPORT_KINDS:
      default:
        g_assert_not_reached ();
      }
  if (!ok)
    {
      _wep_import_row_free (out, table->n_fields);
      return;
    }
  g_ptr_array_add (c->preview->understood, g_strdup (line->str));
  g_ptr_array_add (c->parsed->rows, out);
}

/* ---- public ------------------------------------------------------------- */

WepImportPreview *
wep_import_table_preview (WepDocument  *doc,
                          const char   *path,
                          WepImportKind kind,
                          const char   *sheet,
                          GError      **error)
{
  g_autoptr (WepTableData) data = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (WepPlaceIndex) municipalities = NULL;
  g_autoptr (WepPlaceIndex) regions = NULL;
  g_autoptr (GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) seen_free);
  WepImportParsed *parsed;
  Checker c = { NULL };

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (kind < WEP_IMPORT_BOUNDARIES, NULL);

  if ((data = _wep_table_data_read (path, kind, sheet, error)) == NULL)
    return NULL;

  preview = wep_import_preview_new (kind, data->source, data->sheet);
  preview->n_rows = data->rows->len;
  for (guint i = 0; i < data->ignored->len; i++)
    g_ptr_array_add (preview->notes, g_strdup (g_ptr_array_index (data->ignored, i)));

  parsed = g_new0 (WepImportParsed, 1);
  parsed->table = data->table;
  parsed->slots = _wep_import_find_slots (data->table);
  parsed->rows = g_ptr_array_new ();
  preview->priv = parsed;
  preview->priv_free = (GDestroyNotify) _wep_import_parsed_free;
  preview->apply = _wep_import_rows_apply;

  municipalities = _wep_place_index_municipalities (doc);
  regions = _wep_place_index_regions (doc);
  c.doc = doc;
  c.db = _wep_document_get_db (doc);
  c.data = data;
  c.preview = preview;
  c.parsed = parsed;
  c.municipalities = municipalities;
  c.regions = regions;
  c.keys = keys;
  c.seen = seen;
  for (guint i = 0; i < data->rows->len; i++)
    check_row (&c, g_ptr_array_index (data->rows, i));
  return g_steal_pointer (&preview);
}
