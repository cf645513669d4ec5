/* wep-fair-share.c: the regional need spread over the municipalities
 *
 * Per region of the scenario, year y and housing pathway k:
 *   need      the homes needed: the planned new_units_k[y] plus the goal
 *             seek's x_k up to the target year (wep_region_needs_compute);
 *             when the goal cannot be reached, the planned units alone;
 *   share_m   need × key_m / Σ key over the region's members;
 *   gap_m     the municipality's counted plans of y and k − share_m.
 * Key values: population and social rental stock from the municipality,
 * lettings of year y (else of the latest earlier year, else of the latest
 * year there is), or 1 for every member ("equal").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-document-private.h"
#include "wep-fair-share.h"
#include "wep-model.h"
#include "wep-table-kinds.h"

static const char *const key_names[WEP_N_FAIR_SHARE_KEYS] = {
  "population", "social-rental-stock", "lettings", "equal",
};

static const char *const key_labels[WEP_N_FAIR_SHARE_KEYS] = {
  N_("population"), N_("social rental stock"), N_("lettings"), N_("equal"),
};

/* Folded (wep_fold_for_match) spellings accepted for each key. */
static const char *const key_spellings[WEP_N_FAIR_SHARE_KEYS][5] = {
  { "population", "inwoners", "inwonertal", "bevolking", NULL },
  { "socialrentalstock", "socialehuur", "socialehuurvoorraad", "socialrent", NULL },
  { "lettings", "verhuringen", NULL },
  { "equal", "gelijk", NULL },
};

const char *
wep_fair_share_key_to_string (WepFairShareKey key)
{
  g_return_val_if_fail (key < WEP_N_FAIR_SHARE_KEYS, NULL);
  return key_names[key];
}

gboolean
wep_fair_share_key_from_string (const char      *text,
                                WepFairShareKey *key)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (key != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  folded = wep_fold_for_match (text);
  for (guint k = 0; k < WEP_N_FAIR_SHARE_KEYS; k++)
    for (guint i = 0; key_spellings[k][i] != NULL; i++)
      if (g_str_equal (folded, key_spellings[k][i]))
        {
          *key = k;
          return TRUE;
        }
  return FALSE;
}

const char *
wep_fair_share_key_label (WepFairShareKey key)
{
  g_return_val_if_fail (key < WEP_N_FAIR_SHARE_KEYS, NULL);
  return _(key_labels[key]);
}

/* ---- what the plan holds ------------------------------------------------ */

typedef struct
{
  int    year;
  double value;
} Figure;

typedef struct
{
  const char *code;
  const char *name;
  gint64      population;            /* -1: unknown */
  gint64      social_rental_stock;   /* -1: unknown */
} Member;

typedef struct
{
  WepDocument         *doc;
  const WepModelInput *input;
  WepFairShareKey      key;
  WepFairShare        *result;
  GHashTable          *planned;      /* code → double[n_years × WEP_N_HOUSING] */
  GHashTable          *lettings;     /* code → GArray of Figure, by year */
} Context;

static gboolean
load_planned (Context  *ctx,
              GError  **error)
{
  const WepModelInput *input = ctx->input;
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (ctx->doc),
                         "SELECT municipality, year, pathway, sum(units) FROM plans "
                         "WHERE counted = 1 AND year BETWEEN ? AND ? "
                         "GROUP BY municipality, year, pathway", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, input->base_year);
  sqlite3_bind_int (stmt, 2, input->base_year + input->horizon_years - 1);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      int y = sqlite3_column_int (stmt, 1) - input->base_year;
      int k = wep_pathway_from_key ((const char *) sqlite3_column_text (stmt, 2));
      double *units = g_hash_table_lookup (ctx->planned, code);

      if (k < 0 || k >= WEP_N_HOUSING)
        continue;
      if (units == NULL)
        {
          units = g_new0 (double, (gsize) input->horizon_years * WEP_N_HOUSING);
          g_hash_table_insert (ctx->planned, g_strdup (code), units);
        }
      units[y * WEP_N_HOUSING + k] = sqlite3_column_double (stmt, 3);
    }
  return TRUE;
}

static gboolean
load_lettings (Context  *ctx,
               GError  **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (ctx->doc),
                         "SELECT municipality, year, lettings FROM municipality_lettings "
                         "WHERE counted = 1 ORDER BY municipality, year", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      GArray *figures = g_hash_table_lookup (ctx->lettings, code);
      Figure figure = { sqlite3_column_int (stmt, 1), sqlite3_column_double (stmt, 2) };

      if (figures == NULL)
        {
          figures = g_array_new (FALSE, FALSE, sizeof (Figure));
          g_hash_table_insert (ctx->lettings, g_strdup (code), figures);
        }
      g_array_append_val (figures, figure);
    }
  return TRUE;
}

/* The lettings of year, else of the latest earlier year, else of the latest
 * year there is. FALSE when the municipality has no lettings at all. */
static gboolean
find_lettings (GArray *figures,
               int     year,
               double *value)
{
  const Figure *best = NULL;

  if (figures == NULL || figures->len == 0)
    return FALSE;
  for (guint i = 0; i < figures->len; i++)
    {
      const Figure *f = &g_array_index (figures, Figure, i);

      if (f->year <= year)
        best = f;
    }
  if (best == NULL)
    best = &g_array_index (figures, Figure, figures->len - 1);
  *value = best->value;
  return TRUE;
}

static GArray *
load_members (Context     *ctx,
              const char  *region_code,
              GError     **error)
{
  g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (Member));
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (ctx->doc),
                         "SELECT m.code, m.name, m.population, m.social_rental_stock "
                         "FROM region_members r JOIN municipalities m ON m.code = r.municipality "
                         "WHERE r.region = ? ORDER BY m.code", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, region_code, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GStringChunk *strings = ctx->result->strings;
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      Member member;

      member.code = g_string_chunk_insert_const (strings, code);
      member.name = g_string_chunk_insert_const (strings, name);
      member.population = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                            ? -1 : sqlite3_column_int64 (stmt, 2);
      member.social_rental_stock = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                     ? -1 : sqlite3_column_int64 (stmt, 3);
      g_array_append_val (members, member);
    }
  return g_steal_pointer (&members);
}

/* The key value of a member in a year, or FALSE with error naming it. */
static gboolean
get_key_value (Context       *ctx,
               const char    *region_name,
               const Member  *member,
               int            year,
               double        *value,
               GError       **error)
{
  gboolean known = TRUE;

  switch (ctx->key)
    {
    case WEP_FAIR_SHARE_POPULATION:
      known = member->population >= 0;
      *value = (double) member->population;
      break;
    case WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK:
      known = member->social_rental_stock >= 0;
      *value = (double) member->social_rental_stock;
      break;
    case WEP_FAIR_SHARE_LETTINGS:
      known = find_lettings (g_hash_table_lookup (ctx->lettings, member->code), year, value);
      break;
    case WEP_FAIR_SHARE_EQUAL:
    case WEP_N_FAIR_SHARE_KEYS:
    default:
      *value = 1.0;
      break;
    }
  if (!known)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("Region “%s”: municipality “%s” (%s) has no figure for %s, which the fair "
                   "share by this key needs; import its figures or choose another key."),
                 region_name, member->name, member->code, wep_fair_share_key_label (ctx->key));
  return known;
}

/* The regional need of pathway k in year index y. */
static double
get_need (const WepRegionInput *region,
          const WepRegionNeeds *needs,
          guint                 k,
          int                   y)
{
  if (needs->need[k].reachable)
    return needs->need[k].needed[y];
  return region->yearly[WEP_Y_NEW_UNITS_HF + k][y];
}

static gboolean
share_region (Context              *ctx,
              const WepRegionInput *region,
              const char           *region_code,
              GError              **error)
{
  const WepModelInput *input = ctx->input;
  WepFairShare *result = ctx->result;
  g_autoptr (GArray) members = NULL;
  g_autoptr (WepRegionNeeds) needs = NULL;
  g_autofree double *key_values = NULL;
  WepFairShareRegion info = { 0 };

  if ((members = load_members (ctx, region_code, error)) == NULL)
    return FALSE;
  if (members->len == 0)
    {
      g_ptr_array_add (result->notes,
                       g_strdup_printf (_("Region “%s” has no member municipalities; it is "
                                          "left out of the fair share."),
                                        region->name));
      return TRUE;
    }

  /* Every key value first, so that a missing one is an error before any
   * goal seek runs. */
  key_values = g_new (double, (gsize) members->len * input->horizon_years);
  for (int y = 0; y < input->horizon_years; y++)
    {
      double total = 0.0;

      for (guint m = 0; m < members->len; m++)
        {
          double *value = &key_values[(gsize) y * members->len + m];

          if (!get_key_value (ctx, region->name, &g_array_index (members, Member, m),
                              input->base_year + y, value, error))
            return FALSE;
          total += *value;
        }
      if (!(total > 0.0))
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("Region “%s”: the key “%s” adds up to 0 over its municipalities in "
                         "%d, so nothing can be shared out by it; choose another key."),
                       region->name, wep_fair_share_key_label (ctx->key), input->base_year + y);
          return FALSE;
        }
    }

  needs = wep_region_needs_compute (input, region);
  info.name = g_string_chunk_insert_const (result->strings, region->name);
  info.code = g_string_chunk_insert_const (result->strings, region_code);
  info.target_year = needs->target_year;
  info.n_members = members->len;
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      info.reachable[k] = needs->need[k].reachable;
      info.extra_per_year[k] = needs->need[k].reachable ? needs->need[k].extra_per_year : 0;
      if (!needs->need[k].reachable)
        g_ptr_array_add (result->notes,
                         g_strdup_printf (_("Region “%s”, pathway %s: the goal cannot be "
                                            "reached (%s); the planned units are shared out "
                                            "instead of the homes needed."),
                                          region->name, wep_pathway_key (k),
                                          needs->need[k].reason));
    }
  g_array_append_val (result->regions, info);

  for (int y = 0; y < input->horizon_years; y++)
    {
      const double *values = &key_values[(gsize) y * members->len];
      double total = 0.0;

      for (guint m = 0; m < members->len; m++)
        total += values[m];
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        for (guint m = 0; m < members->len; m++)
          {
            const Member *member = &g_array_index (members, Member, m);
            const double *planned = g_hash_table_lookup (ctx->planned, member->code);
            WepFairShareRow row;

            row.region = info.name;
            row.region_code = info.code;
            row.municipality = member->code;
            row.name = member->name;
            row.year = input->base_year + y;
            row.pathway = k;
            row.need = get_need (region, needs, k, y);
            row.reachable = needs->need[k].reachable;
            row.key_value = values[m];
            row.share = row.need * values[m] / total;
            row.planned = planned != NULL ? planned[y * WEP_N_HOUSING + k] : 0.0;
            row.gap = row.planned - row.share;
            row.gap_per_10k = member->population > 0
                                ? row.gap / (double) member->population * 10000.0 : NAN;
            g_array_append_val (result->rows, row);
          }
    }
  return TRUE;
}

/* The codes of the scenario's regions, in the order of its model input. */
static GPtrArray *
load_region_codes (WepDocument  *doc,
                   const char   *scenario,
                   GError      **error)
{
  g_autoptr (GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT s.region FROM scenarios c "
                         "JOIN scenario_regions s ON s.scenario = c.id "
                         "WHERE c.name = ? ORDER BY s.position", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, scenario, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return g_steal_pointer (&codes);
}

WepFairShare *
wep_fair_share_compute (WepDocument      *doc,
                        const char       *scenario,
                        WepFairShareKey   key,
                        GError          **error)
{
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepFairShare) result = NULL;
  g_autoptr (GPtrArray) codes = NULL;
  g_autoptr (GHashTable) planned = NULL;
  g_autoptr (GHashTable) lettings = NULL;
  Context ctx;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (key < WEP_N_FAIR_SHARE_KEYS, NULL);

  if ((input = wep_document_scenario_input (doc, scenario, error)) == NULL
      || (codes = load_region_codes (doc, scenario, error)) == NULL)
    return NULL;
  g_assert (codes->len == input->regions->len);

  result = g_new0 (WepFairShare, 1);
  result->key = key;
  result->base_year = input->base_year;
  result->n_years = input->horizon_years;
  result->regions = g_array_new (FALSE, FALSE, sizeof (WepFairShareRegion));
  result->rows = g_array_new (FALSE, FALSE, sizeof (WepFairShareRow));
  result->notes = g_ptr_array_new_with_free_func (g_free);
  result->strings = g_string_chunk_new (4096);

  planned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lettings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_array_unref);
  ctx = (Context) { doc, input, key, result, planned, lettings };
  if (!load_planned (&ctx, error)
      || (key == WEP_FAIR_SHARE_LETTINGS && !load_lettings (&ctx, error)))
    return NULL;

  for (guint i = 0; i < input->regions->len; i++)
    if (!share_region (&ctx, wep_model_input_region (input, i), g_ptr_array_index (codes, i),
                       error))
      return NULL;
  return g_steal_pointer (&result);
}

void
wep_fair_share_free (WepFairShare *fair_share)
{
  if (fair_share == NULL)
    return;
  g_clear_pointer (&fair_share->regions, g_array_unref);
  g_clear_pointer (&fair_share->rows, g_array_unref);
  g_clear_pointer (&fair_share->notes, g_ptr_array_unref);
  g_clear_pointer (&fair_share->strings, g_string_chunk_free);
  g_free (fair_share);
}
