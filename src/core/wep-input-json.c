/* wep-input-json.c: the model input as JSON (docs/model.md)
 *
 * The reader is strict: a missing key, an unknown key, a missing or extra
 * year, a value of the wrong type or out of range is an error that names
 * the file, the line, the region, the key and the year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "wep-error.h"
#include "wep-input-private.h"

#define MAX_JSON_BYTES (64 * 1024 * 1024)
#define MAX_SEED       9007199254740992.0 /* 2^53 */

typedef struct
{
  const char *display_name;
  GHashTable *lines;          /* "object-pointer/member" -> line */
  JsonObject *region_objects[WEP_MAX_REGIONS];
} Reader;

static char *
member_id (JsonObject *object,
           const char *member)
{
  return g_strdup_printf ("%p/%s", (gpointer) object, member);
}

static void
object_member_cb (JsonParser *parser,
                  JsonObject *object,
                  const char *member,
                  gpointer    user_data)
{
  GHashTable *lines = user_data;

  g_hash_table_insert (lines, member_id (object, member),
                       GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

static guint
member_line (Reader     *reader,
             JsonObject *object,
             const char *member)
{
  g_autofree char *id = NULL;

  if (object == NULL || member == NULL)
    return 0;
  id = member_id (object, member);
  return GPOINTER_TO_UINT (g_hash_table_lookup (reader->lines, id));
}

/* Sets error to "FILE:LINE: message" (LINE left out when unknown). */
G_GNUC_PRINTF (5, 6)
static gboolean
fail (Reader      *reader,
      guint        line,
      GError     **error,
      WepInputError code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, WEP_INPUT_ERROR, code, "%s:%u: %s", reader->display_name, line, message);
  else
    g_set_error (error, WEP_INPUT_ERROR, code, "%s: %s", reader->display_name, message);
  return FALSE;
}

static gboolean
read_number (Reader      *reader,
             JsonObject  *parent,
             const char  *member,
             JsonNode    *node,
             const char  *what,
             double      *out,
             GError     **error)
{
  GType type;

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      type = json_node_get_value_type (node);
      if (type == G_TYPE_INT64)
        {
          *out = (double) json_node_get_int (node);
          return TRUE;
        }
      if (type == G_TYPE_DOUBLE)
        {
          *out = json_node_get_double (node);
          if (isfinite (*out))
            return TRUE;
          return fail (reader, member_line (reader, parent, member), error, WEP_INPUT_ERROR_RANGE,
                       _("%s: the number is too large."), what);
        }
    }
  return fail (reader, member_line (reader, parent, member), error, WEP_INPUT_ERROR_TYPE,
               _("%s: expected a number."), what);
}

static gboolean
read_whole_number (Reader      *reader,
                   JsonObject  *parent,
                   const char  *member,
                   double       min,
                   double       max,
                   double      *out,
                   GError     **error)
{
  g_autofree char *what = g_strdup_printf (_("Key “%s”"), member);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (!read_number (reader, parent, member, json_object_get_member (parent, member), what, out,
                    error))
    return FALSE;
  if (*out != floor (*out) || *out < min || *out > max)
    return fail (reader, member_line (reader, parent, member), error, WEP_INPUT_ERROR_RANGE,
                 _("Key “%s”: %s is not a whole number from %.0f to %.0f."), member,
                 _wep_number_text (*out, number), min, max);
  return TRUE;
}

static JsonObject *
get_object (Reader      *reader,
            JsonObject  *parent,
            const char  *member,
            const char  *what,
            GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, member_line (reader, parent, member), error, WEP_INPUT_ERROR_TYPE,
            _("%s: expected an object { … }."), what);
      return NULL;
    }
  return json_node_get_object (node);
}

/* The year index of a member name such as "2027", or -1 with error set. */
static int
read_year (Reader               *reader,
           const WepModelInput  *input,
           JsonObject           *object,
           const char           *member,
           const char           *what,
           GError              **error)
{
  char *end = NULL;
  gint64 year = g_ascii_strtoll (member, &end, 10);
  int index;

  if (end == member || *end != '\0')
    {
      fail (reader, member_line (reader, object, member), error, WEP_INPUT_ERROR_TYPE,
            _("%s: “%s” is not a year."), what, member);
      return -1;
    }
  index = year < G_MININT || year > G_MAXINT ? -1 : wep_model_input_year_index (input, (int) year);
  if (index < 0)
    fail (reader, member_line (reader, object, member), error, WEP_INPUT_ERROR_RANGE,
          _("%s: year %s is outside the model years %d to %d."), what, member, input->base_year,
          input->base_year + input->horizon_years - 1);
  return index;
}

static gboolean
read_triangle (Reader      *reader,
               JsonObject  *parent,
               const char  *member,
               const char  *what,
               WepTriangle *out,
               GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);
  JsonArray *array;
  double v[3];

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 3)
    return fail (reader, member_line (reader, parent, member), error, WEP_INPUT_ERROR_TYPE,
                 _("%s: expected a range [low, mode, high]."), what);
  array = json_node_get_array (node);
  for (guint i = 0; i < 3; i++)
    if (!read_number (reader, parent, member, json_array_get_element (array, i), what, &v[i],
                      error))
      return FALSE;
  *out = (WepTriangle) { v[0], v[1], v[2] };
  return TRUE;
}

static gboolean
read_per_year (Reader               *reader,
               WepModelInput        *input,
               WepRegionInput       *region,
               JsonObject           *per_year,
               GError              **error)
{
  g_autoptr (GList) members = json_object_get_members (per_year);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      int k = wep_yearly_from_key (key);
      g_autofree char *what = g_strdup_printf (_("Region “%s”, per_year key “%s”"), region->name,
                                               key);
      JsonObject *years;
      gboolean seen[WEP_MAX_HORIZON_YEARS] = { FALSE };
      g_autoptr (GList) year_members = NULL;

      if (k < 0)
        return fail (reader, member_line (reader, per_year, key), error,
                     WEP_INPUT_ERROR_UNKNOWN_KEY, _("%s: unknown key."), what);
      if ((years = get_object (reader, per_year, key, what, error)) == NULL)
        return FALSE;

      year_members = json_object_get_members (years);
      for (const GList *y = year_members; y != NULL; y = y->next)
        {
          int yi = read_year (reader, input, years, y->data, what, error);
          g_autofree char *year_what = NULL;

          if (yi < 0)
            return FALSE;
          year_what = g_strdup_printf (_("Region “%s”, key “%s”, year %s"), region->name, key,
                                       (const char *) y->data);
          if (!read_number (reader, years, y->data, json_object_get_member (years, y->data),
                            year_what, &region->yearly[k][yi], error))
            return FALSE;
          seen[yi] = TRUE;
        }
      for (int yi = 0; yi < input->horizon_years; yi++)
        if (!seen[yi])
          return fail (reader, member_line (reader, per_year, key), error,
                       WEP_INPUT_ERROR_MISSING_YEAR,
                       _("Region “%s”, key “%s”: there is no value for year %d."), region->name,
                       key, input->base_year + yi);
    }

  for (guint k = 0; k < WEP_N_YEARLY; k++)
    if (!json_object_has_member (per_year, wep_yearly_info (k)->key))
      return fail (reader, 0, error, WEP_INPUT_ERROR_MISSING_KEY,
                   _("Region “%s”: the per_year key “%s” is missing."), region->name,
                   wep_yearly_info (k)->key);
  return TRUE;
}

static gboolean
read_ranges (Reader          *reader,
             WepModelInput   *input,
             WepRegionInput  *region,
             JsonObject      *ranges,
             GError         **error)
{
  g_autoptr (GList) members = json_object_get_members (ranges);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      int s = wep_scalar_from_key (key);
      int k = wep_yearly_from_key (key);
      g_autofree char *what = g_strdup_printf (_("Region “%s”, range of “%s”"), region->name, key);

      if (s >= 0)
        {
          if (!read_triangle (reader, ranges, key, what, &region->range[s], error))
            return FALSE;
          region->has_range[s] = TRUE;
        }
      else if (k >= 0)
        {
          JsonObject *years = get_object (reader, ranges, key, what, error);
          g_autoptr (GList) year_members = NULL;

          if (years == NULL)
            return FALSE;
          year_members = json_object_get_members (years);
          for (const GList *y = year_members; y != NULL; y = y->next)
            {
              int yi = read_year (reader, input, years, y->data, what, error);
              WepTriangle t;

              if (yi < 0 || !read_triangle (reader, years, y->data, what, &t, error))
                return FALSE;
              wep_region_input_set_yearly_range (region, input->horizon_years, k, yi, t);
            }
        }
      else
        return fail (reader, member_line (reader, ranges, key), error,
                     WEP_INPUT_ERROR_UNKNOWN_KEY, _("%s: unknown key."), what);
    }
  return TRUE;
}

static gboolean
read_region (Reader         *reader,
             WepModelInput  *input,
             JsonObject     *regions,
             const char     *name,
             GError        **error)
{
  g_autofree char *what = g_strdup_printf (_("Region “%s”"), name);
  JsonObject *object = get_object (reader, regions, name, what, error);
  g_autoptr (GList) members = NULL;
  WepRegionInput *region;

  if (object == NULL)
    return FALSE;

  region = wep_model_input_add_region (input, name);
  reader->region_objects[input->regions->len - 1] = object;

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      int s = wep_scalar_from_key (key);
      g_autofree char *key_what = g_strdup_printf (_("Region “%s”, key “%s”"), name, key);

      if (s >= 0)
        {
          if (!read_number (reader, object, key, json_object_get_member (object, key), key_what,
                            &region->scalar[s], error))
            return FALSE;
        }
      else if (g_str_equal (key, "per_year"))
        {
          JsonObject *per_year = get_object (reader, object, key, key_what, error);

          if (per_year == NULL || !read_per_year (reader, input, region, per_year, error))
            return FALSE;
        }
      else if (g_str_equal (key, "ranges"))
        {
          JsonObject *ranges = get_object (reader, object, key, key_what, error);

          if (ranges == NULL || !read_ranges (reader, input, region, ranges, error))
            return FALSE;
        }
      else if (wep_yearly_from_key (key) >= 0)
        return fail (reader, member_line (reader, object, key), error,
                     WEP_INPUT_ERROR_UNKNOWN_KEY,
                     _("%s: this is a per-year key; put it inside “per_year” with a value for "
                       "every year."),
                     key_what);
      else
        return fail (reader, member_line (reader, object, key), error,
                     WEP_INPUT_ERROR_UNKNOWN_KEY, _("%s: unknown key."), key_what);
    }

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    if (!json_object_has_member (object, wep_scalar_info (k)->key))
      return fail (reader, member_line (reader, regions, name), error,
                   WEP_INPUT_ERROR_MISSING_KEY, _("Region “%s”: the key “%s” is missing."), name,
                   wep_scalar_info (k)->key);
  if (!json_object_has_member (object, "per_year"))
    return fail (reader, member_line (reader, regions, name), error, WEP_INPUT_ERROR_MISSING_KEY,
                 _("Region “%s”: the key “%s” is missing."), name, "per_year");
  return TRUE;
}

/* Finds the line of the member a validation problem points at. */
static guint
location_line (Reader                 *reader,
               const WepModelInput    *input,
               const WepInputLocation *loc,
               JsonObject             *root)
{
  JsonObject *region, *group, *years;
  JsonNode *node;
  g_autofree char *year = NULL;

  if (loc->region < 0)
    return member_line (reader, root, loc->key);
  region = reader->region_objects[loc->region];
  if (loc->key == NULL)
    return 0;
  if (wep_scalar_from_key (loc->key) >= 0 && !loc->in_range)
    return member_line (reader, region, loc->key);

  node = json_object_get_member (region, loc->in_range ? "ranges" : "per_year");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return 0;
  group = json_node_get_object (node);
  node = json_object_get_member (group, loc->key);
  if (loc->year_index < 0 || node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return member_line (reader, group, loc->key);
  years = json_node_get_object (node);
  year = g_strdup_printf ("%d", input->base_year + loc->year_index);
  return member_line (reader, years, year);
}

WepModelInput *
wep_model_input_from_json_data (const char  *data,
                                gssize       length,
                                const char  *display_name,
                                GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GList) members = NULL;
  g_autofree Reader *reader = g_new0 (Reader, 1);
  JsonNode *root_node;
  JsonObject *root, *regions;
  WepInputLocation loc;
  double base_year, horizon = WEP_DEFAULT_HORIZON_YEARS, seed = 0;

  g_return_val_if_fail (data != NULL, NULL);

  reader->display_name = display_name != NULL ? display_name : "<input>";
  reader->lines = lines;

  g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), lines);
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: …": name the file. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        g_set_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_PARSE, "%s:%s (%s)",
                     reader->display_name, message + strlen ("<data>:"), _("not valid JSON"));
      else
        fail (reader, 0, error, WEP_INPUT_ERROR_PARSE, _("not valid JSON: %s"), message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      fail (reader, 0, error, WEP_INPUT_ERROR_PARSE,
            _("expected a model input: an object with base_year and regions."));
      return NULL;
    }
  root = json_node_get_object (root_node);

  members = json_object_get_members (root);
  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "base_year") && !g_str_equal (l->data, "horizon_years")
        && !g_str_equal (l->data, "seed") && !g_str_equal (l->data, "regions"))
      {
        fail (reader, member_line (reader, root, l->data), error, WEP_INPUT_ERROR_UNKNOWN_KEY,
              _("Key “%s”: unknown key (expected base_year, horizon_years, seed, regions)."),
              (const char *) l->data);
        return NULL;
      }

  if (!json_object_has_member (root, "base_year"))
    {
      fail (reader, 0, error, WEP_INPUT_ERROR_MISSING_KEY, _("the key “%s” is missing."),
            "base_year");
      return NULL;
    }
  if (!read_whole_number (reader, root, "base_year", WEP_MIN_BASE_YEAR, WEP_MAX_BASE_YEAR,
                          &base_year, error))
    return NULL;
  if (json_object_has_member (root, "horizon_years")
      && !read_whole_number (reader, root, "horizon_years", 1, WEP_MAX_HORIZON_YEARS, &horizon,
                             error))
    return NULL;
  if (json_object_has_member (root, "seed")
      && !read_whole_number (reader, root, "seed", 0, MAX_SEED, &seed, error))
    return NULL;
  if (!json_object_has_member (root, "regions"))
    {
      fail (reader, 0, error, WEP_INPUT_ERROR_MISSING_KEY, _("the key “%s” is missing."),
            "regions");
      return NULL;
    }

  input = wep_model_input_new ((int) base_year, (int) horizon);
  input->has_seed = json_object_has_member (root, "seed");
  input->seed = (guint64) seed;

  if ((regions = get_object (reader, root, "regions", _("Key “regions”"), error)) == NULL)
    return NULL;
  if (json_object_get_size (regions) > WEP_MAX_REGIONS)
    {
      fail (reader, member_line (reader, root, "regions"), error, WEP_INPUT_ERROR_LIMIT,
            _("Key “regions”: %u regions is more than the %d this planner accepts."),
            json_object_get_size (regions), WEP_MAX_REGIONS);
      return NULL;
    }

  g_clear_pointer (&members, g_list_free);
  members = json_object_get_members (regions);
  for (const GList *l = members; l != NULL; l = l->next)
    if (!read_region (reader, input, regions, l->data, error))
      return NULL;

  if (!_wep_model_input_validate_located (input, &loc, &local_error))
    {
      fail (reader, location_line (reader, input, &loc, root), error, local_error->code, "%s",
            local_error->message);
      return NULL;
    }
  return g_steal_pointer (&input);
}

WepModelInput *
wep_model_input_load_json (const char  *filename,
                           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  gsize length = 0;
  GStatBuf st;

  g_return_val_if_fail (filename != NULL, NULL);

  display = g_filename_display_name (filename);
  if (g_stat (filename, &st) == 0 && st.st_size > MAX_JSON_BYTES)
    {
      g_set_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_LIMIT,
                   _("%s: the file is larger than %d MiB; this is not a model input."), display,
                   MAX_JSON_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (filename, &contents, &length, error))
    return NULL;
  if (length > MAX_JSON_BYTES)
    {
      g_set_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_LIMIT,
                   _("%s: the file is larger than %d MiB; this is not a model input."), display,
                   MAX_JSON_BYTES / (1024 * 1024));
      return NULL;
    }
  return wep_model_input_from_json_data (contents, length, display, error);
}

static void
add_triangle (JsonBuilder       *builder,
              const WepTriangle *t)
{
  json_builder_begin_array (builder);
  json_builder_add_double_value (builder, t->low);
  json_builder_add_double_value (builder, t->mode);
  json_builder_add_double_value (builder, t->high);
  json_builder_end_array (builder);
}

static void
add_region (JsonBuilder          *builder,
            const WepModelInput  *input,
            const WepRegionInput *r)
{
  char year[16];

  json_builder_set_member_name (builder, r->name);
  json_builder_begin_object (builder);
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      json_builder_set_member_name (builder, wep_scalar_info (k)->key);
      json_builder_add_double_value (builder, r->scalar[k]);
    }
  json_builder_set_member_name (builder, "per_year");
  json_builder_begin_object (builder);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    {
      json_builder_set_member_name (builder, wep_yearly_info (k)->key);
      json_builder_begin_object (builder);
      for (int y = 0; y < input->horizon_years; y++)
        {
          g_snprintf (year, sizeof year, "%d", input->base_year + y);
          json_builder_set_member_name (builder, year);
          json_builder_add_double_value (builder, r->yearly[k][y]);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  if (wep_region_input_has_ranges (r, input->horizon_years))
    {
      json_builder_set_member_name (builder, "ranges");
      json_builder_begin_object (builder);
      for (guint k = 0; k < WEP_N_SCALARS; k++)
        if (r->has_range[k])
          {
            json_builder_set_member_name (builder, wep_scalar_info (k)->key);
            add_triangle (builder, &r->range[k]);
          }
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          if (r->yearly_range[k] == NULL)
            continue;
          json_builder_set_member_name (builder, wep_yearly_info (k)->key);
          json_builder_begin_object (builder);
          for (int y = 0; y < input->horizon_years; y++)
            if (!isnan (r->yearly_range[k][y].low))
              {
                g_snprintf (year, sizeof year, "%d", input->base_year + y);
                json_builder_set_member_name (builder, year);
                add_triangle (builder, &r->yearly_range[k][y]);
              }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

char *
wep_model_input_to_json (const WepModelInput *input)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (input != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "base_year");
  json_builder_add_int_value (builder, input->base_year);
  json_builder_set_member_name (builder, "horizon_years");
  json_builder_add_int_value (builder, input->horizon_years);
  if (input->has_seed)
    {
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, (gint64) input->seed);
    }
  json_builder_set_member_name (builder, "regions");
  json_builder_begin_object (builder);
  for (guint i = 0; i < input->regions->len; i++)
    add_region (builder, input, wep_model_input_region (input, i));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

gboolean
wep_model_input_save_json (const WepModelInput  *input,
                           const char           *filename,
                           GError              **error)
{
  g_autofree char *json = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  json = wep_model_input_to_json (input);
  data = g_strconcat (json, "\n", NULL);
  return g_file_set_contents (filename, data, -1, error);
}
