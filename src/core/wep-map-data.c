/* wep-map-data.c: what a map of a plan draws, read once from the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-keys.h"
#include "wep-map-data.h"
#include "wep-map-private.h"

int
_wep_map_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static void
municipality_free (gpointer data)
{
  WepMapMunicipality *m = data;

  g_free (m->code);
  g_free (m->name);
  g_free (m->province);
  g_clear_pointer (&m->shape, wep_map_shape_free);
  g_clear_pointer (&m->plans, g_array_unref);
  g_free (m);
}

static void
region_free (gpointer data)
{
  WepMapRegion *r = data;

  g_free (r->code);
  g_free (r->name);
  g_free (r->kind);
  g_clear_pointer (&r->members, g_array_unref);
  g_free (r);
}

void
wep_map_data_free (WepMapData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->municipalities, g_ptr_array_unref);
  g_clear_pointer (&data->regions, g_ptr_array_unref);
  g_clear_pointer (&data->by_code, g_hash_table_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_clear_pointer (&data->borders, _wep_map_borders_free);
  g_free (data->attribution);
  g_free (data);
}

static gint64
column_int_or_unknown (sqlite3_stmt *stmt,
                       int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1
                                                           : sqlite3_column_int64 (stmt, column);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
load_municipalities (WepMapData  *data,
                     sqlite3     *db,
                     GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT code, name, province, population, households, "
                             "social_rental_stock FROM municipalities ORDER BY code", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WepMapMunicipality *m = g_new0 (WepMapMunicipality, 1);

      m->code = g_strdup (column_text (stmt, 0));
      m->name = g_strdup (column_text (stmt, 1));
      m->province = g_strdup (column_text (stmt, 2));
      m->population = column_int_or_unknown (stmt, 3);
      m->households = column_int_or_unknown (stmt, 4);
      m->social_rental_stock = column_int_or_unknown (stmt, 5);
      m->plans = g_array_new (FALSE, FALSE, sizeof (WepMapPlanSum));
      g_hash_table_insert (data->by_code, m->code, GUINT_TO_POINTER (data->municipalities->len));
      g_ptr_array_add (data->municipalities, m);
    }
  return TRUE;
}

/* "CBS / PDOK" for the official download, else the file's name. */
static char *
describe_source (const char *source,
                 gint64      year)
{
  g_autofree char *name = NULL;

  if (strstr (source, "pdok.nl") != NULL)
    name = g_strdup (_("CBS / PDOK, CBS Gebiedsindelingen"));
  else if (*source != '\0')
    name = g_strdup (source);
  else
    name = g_strdup (_("source not recorded"));
  if (year > 0)
    return g_strdup_printf ("%s %" G_GINT64_FORMAT, name, year);
  return g_steal_pointer (&name);
}

static gboolean
load_boundaries (WepMapData  *data,
                 sqlite3     *db,
                 GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT municipality, geometry, source, year FROM boundaries "
                             "ORDER BY municipality", error);
  g_autoptr (GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (stmt == NULL)
    return FALSE;
  data->min_x = data->min_y = G_MAXDOUBLE;
  data->max_x = data->max_y = -G_MAXDOUBLE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gpointer index;
      WepMapMunicipality *m;
      g_autoptr (GBytes) blob = NULL;
      g_autoptr (WepGeometry) geometry = NULL;
      g_autoptr (GError) local_error = NULL;
      g_autofree char *source = NULL;

      if (!g_hash_table_lookup_extended (data->by_code, column_text (stmt, 0), NULL, &index))
        continue;
      m = wep_map_data_municipality (data, GPOINTER_TO_UINT (index));
      blob = g_bytes_new (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));
      geometry = wep_geometry_decode (blob, &local_error);
      if (geometry != NULL)
        m->shape = wep_map_shape_new_from_geometry (geometry, &local_error);
      if (m->shape == NULL)
        {
          g_ptr_array_add (data->problems,
                           g_strdup_printf (_("The boundary of %s (%s) cannot be read (%s); "
                                              "it is left off the map. Import it again."),
                                            m->name, m->code, local_error->message));
          continue;
        }
      data->n_with_shape++;
      data->min_x = MIN (data->min_x, m->shape->min_x);
      data->min_y = MIN (data->min_y, m->shape->min_y);
      data->max_x = MAX (data->max_x, m->shape->max_x);
      data->max_y = MAX (data->max_y, m->shape->max_y);

      source = describe_source (column_text (stmt, 2), column_int_or_unknown (stmt, 3));
      if (!g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
        g_ptr_array_add (sources, g_steal_pointer (&source));
    }
  g_ptr_array_add (sources, NULL);
  joined = g_strjoinv ("; ", (char **) sources->pdata);
  data->attribution = *joined == '\0' ? g_strdup ("")
                                      /* Translators: the map's attribution of the
                                       * boundaries, %s names their sources */
                                      : g_strdup_printf (_("Boundaries: %s"), joined);
  return TRUE;
}

static gboolean
load_regions (WepMapData  *data,
              sqlite3     *db,
              GError     **error)
{
  g_autoptr (sqlite3_stmt) regions =
    _wep_sqlite_prepare (db, "SELECT code, name, kind FROM regions ORDER BY rowid", error);
  g_autoptr (sqlite3_stmt) members = NULL;
  g_autoptr (GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);

  if (regions == NULL)
    return FALSE;
  while (sqlite3_step (regions) == SQLITE_ROW)
    {
      WepMapRegion *r = g_new0 (WepMapRegion, 1);

      r->code = g_strdup (column_text (regions, 0));
      r->name = g_strdup (column_text (regions, 1));
      r->kind = g_strdup (column_text (regions, 2));
      r->members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_code, r->code, r);
      g_ptr_array_add (data->regions, r);
    }

  members = _wep_sqlite_prepare (db, "SELECT region, municipality FROM region_members "
                                     "ORDER BY region, municipality", error);
  if (members == NULL)
    return FALSE;
  while (sqlite3_step (members) == SQLITE_ROW)
    {
      WepMapRegion *r = g_hash_table_lookup (by_code, column_text (members, 0));
      gpointer index;

      if (r != NULL
          && g_hash_table_lookup_extended (data->by_code, column_text (members, 1), NULL, &index))
        {
          guint i = GPOINTER_TO_UINT (index);

          g_array_append_val (r->members, i);
        }
    }
  return TRUE;
}

static gboolean
load_plans (WepMapData  *data,
            sqlite3     *db,
            GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT municipality, year, pathway, sum(units), "
                             "sum(CASE status WHEN 'gerealiseerd' THEN units ELSE 0 END) "
                             "FROM plans WHERE counted = 1 "
                             "GROUP BY municipality, year, pathway "
                             "ORDER BY municipality, year, pathway", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gpointer index;
      WepMapPlanSum sum;

      if (!g_hash_table_lookup_extended (data->by_code, column_text (stmt, 0), NULL, &index))
        continue;
      sum.year = sqlite3_column_int (stmt, 1);
      sum.pathway = wep_pathway_from_key (column_text (stmt, 2));
      sum.planned = sqlite3_column_double (stmt, 3);
      sum.realised = sqlite3_column_double (stmt, 4);
      if (sum.pathway < 0 || sum.pathway >= WEP_N_HOUSING)
        continue;
      g_array_append_val (wep_map_data_municipality (data, GPOINTER_TO_UINT (index))->plans, sum);
    }
  return TRUE;
}

/* A region's box, and where its name goes: the label point of the member
 * nearest to the middle of the members' label points (weighted by their
 * size), so that it lies inside the region. */
static void
place_region (WepMapData   *data,
              WepMapRegion *r)
{
  double sx = 0.0, sy = 0.0, weight = 0.0, best = G_MAXDOUBLE;

  for (guint i = 0; i < r->members->len; i++)
    {
      const WepMapShape *s = wep_map_data_municipality (data, g_array_index (r->members, guint,
                                                                            i))->shape;
      double w;

      if (s == NULL)
        continue;
      w = (s->max_x - s->min_x) * (s->max_y - s->min_y);
      sx += s->label_x * w;
      sy += s->label_y * w;
      weight += w;
      if (!r->has_shape)
        {
          r->bounds[0] = s->min_x;
          r->bounds[1] = s->min_y;
          r->bounds[2] = s->max_x;
          r->bounds[3] = s->max_y;
          r->has_shape = TRUE;
          continue;
        }
      r->bounds[0] = MIN (r->bounds[0], s->min_x);
      r->bounds[1] = MIN (r->bounds[1], s->min_y);
      r->bounds[2] = MAX (r->bounds[2], s->max_x);
      r->bounds[3] = MAX (r->bounds[3], s->max_y);
    }
  if (!r->has_shape || weight <= 0.0)
    return;
  sx /= weight;
  sy /= weight;
  for (guint i = 0; i < r->members->len; i++)
    {
      const WepMapShape *s = wep_map_data_municipality (data, g_array_index (r->members, guint,
                                                                            i))->shape;
      double d;

      if (s == NULL)
        continue;
      if (wep_map_shape_contains (s, sx, sy))
        {
          r->label_x = sx;
          r->label_y = sy;
          return;
        }
      d = hypot (s->label_x - sx, s->label_y - sy);
      if (d < best)
        {
          best = d;
          r->label_x = s->label_x;
          r->label_y = s->label_y;
        }
    }
}

WepMapData *
wep_map_data_load (WepDocument  *doc,
                   GError      **error)
{
  g_autoptr (WepMapData) data = NULL;
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);

  db = _wep_document_get_db (doc);
  data = g_new0 (WepMapData, 1);
  data->municipalities = g_ptr_array_new_with_free_func (municipality_free);
  data->regions = g_ptr_array_new_with_free_func (region_free);
  data->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  data->problems = g_ptr_array_new_with_free_func (g_free);

  if (!load_municipalities (data, db, error)
      || !load_boundaries (data, db, error)
      || !load_regions (data, db, error)
      || !load_plans (data, db, error))
    return NULL;
  if (data->n_with_shape == 0)
    data->min_x = data->min_y = data->max_x = data->max_y = 0.0;
  else
    {
      g_autoptr (GPtrArray) shapes = g_ptr_array_new ();
      g_autoptr (GArray) owners = g_array_new (FALSE, FALSE, sizeof (int));
      double lon, lat;

      for (guint i = 0; i < data->municipalities->len; i++)
        if (wep_map_data_municipality (data, i)->shape != NULL)
          {
            int owner = (int) i;

            g_ptr_array_add (shapes, wep_map_data_municipality (data, i)->shape);
            g_array_append_val (owners, owner);
          }
      wep_map_world_to_lonlat ((data->min_x + data->max_x) / 2, (data->min_y + data->max_y) / 2,
                               &lon, &lat);
      data->borders = _wep_map_borders_build (shapes, owners, lat);
    }
  for (guint r = 0; r < data->regions->len; r++)
    place_region (data, wep_map_data_region (data, r));
  return g_steal_pointer (&data);
}

int
wep_map_data_find_municipality (const WepMapData *data,
                                const char       *code)
{
  gpointer index;

  g_return_val_if_fail (data != NULL, -1);

  if (code == NULL || !g_hash_table_lookup_extended (data->by_code, code, NULL, &index))
    return -1;
  return GPOINTER_TO_INT (index);
}

int
wep_map_data_find_region (const WepMapData *data,
                          const char       *code)
{
  g_return_val_if_fail (data != NULL, -1);

  for (guint i = 0; code != NULL && i < data->regions->len; i++)
    if (g_str_equal (wep_map_data_region (data, i)->code, code))
      return (int) i;
  return -1;
}

int
wep_map_data_find_region_by_name (const WepMapData *data,
                                  const char       *name)
{
  g_return_val_if_fail (data != NULL, -1);

  for (guint i = 0; name != NULL && i < data->regions->len; i++)
    if (g_str_equal (wep_map_data_region (data, i)->name, name))
      return (int) i;
  return -1;
}

gboolean
wep_map_data_region_has_member (const WepMapData *data,
                                guint             region,
                                guint             municipality)
{
  const WepMapRegion *r;

  g_return_val_if_fail (data != NULL && region < data->regions->len, FALSE);

  r = wep_map_data_region (data, region);
  for (guint i = 0; i < r->members->len; i++)
    if (g_array_index (r->members, guint, i) == municipality)
      return TRUE;
  return FALSE;
}

int
wep_map_data_hit_test (const WepMapData *data,
                       double            x,
                       double            y)
{
  g_return_val_if_fail (data != NULL, -1);

  for (guint i = 0; i < data->municipalities->len; i++)
    {
      const WepMapShape *shape = wep_map_data_municipality (data, i)->shape;

      if (shape != NULL && wep_map_shape_contains (shape, x, y))
        return (int) i;
    }
  return -1;
}

gboolean *
wep_map_data_region_mask (const WepMapData *data,
                          guint             region)
{
  const WepMapRegion *r;
  gboolean *mask;

  g_return_val_if_fail (data != NULL && region < data->regions->len, NULL);

  r = wep_map_data_region (data, region);
  mask = g_new0 (gboolean, MAX (data->municipalities->len, 1));
  for (guint i = 0; i < r->members->len; i++)
    mask[g_array_index (r->members, guint, i)] = TRUE;
  return mask;
}

gboolean
wep_map_data_region_bounds (const WepMapData *data,
                            guint             region,
                            double           *bounds)
{
  const WepMapRegion *r;

  g_return_val_if_fail (data != NULL && region < data->regions->len, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  r = wep_map_data_region (data, region);
  if (r->has_shape)
    memcpy (bounds, r->bounds, sizeof r->bounds);
  return r->has_shape;
}

const WepMapBorderLevel *
wep_map_borders_level_for_pixel (const WepMapBorders *borders,
                                 double               pixel_size)
{
  guint best = 0;

  g_return_val_if_fail (borders != NULL && borders->n_levels > 0, NULL);

  for (guint l = 1; l < borders->n_levels; l++)
    if (borders->levels[l].tolerance <= pixel_size)
      best = l;
  return &borders->levels[best];
}

void
wep_map_municipality_plans (const WepMapMunicipality *municipality,
                            int                       year,
                            int                       pathway,
                            double                   *planned,
                            double                   *realised)
{
  g_return_if_fail (municipality != NULL);

  *planned = *realised = 0.0;
  for (guint i = 0; i < municipality->plans->len; i++)
    {
      const WepMapPlanSum *sum = &g_array_index (municipality->plans, WepMapPlanSum, i);

      if (sum->year == year && (pathway >= WEP_N_HOUSING || sum->pathway == pathway))
        {
          *planned += sum->planned;
          *realised += sum->realised;
        }
    }
}
