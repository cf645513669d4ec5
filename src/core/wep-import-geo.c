/* wep-import-geo.c: municipal and provincial boundaries from GIS files
 *
 * Any vector file GDAL/OGR reads (GeoJSON, TopoJSON, GeoPackage, Shapefile
 * …), in any coordinate system: every feature is reprojected to WGS84
 * longitude/latitude, checked (and repaired with MakeValid when it is
 * invalid) and, for municipalities, stored in the compact form of
 * wep-geometry.c. The code property is found by its name (statcode,
 * gemeentecode, GM_CODE …) or, failing that, by content (the first text
 * property that holds a GM or PV code).
 *
 * A file of provinces (PV20 …) is read the same way; what it does to the
 * plan is in wep-import-geo-provinces.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cpl_error.h>
#include <gdal.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "wep-geometry.h"
#include "wep-import-geo-private.h"

/* More than the boundaries table holds (5,000): stop reading early. */
#define MAX_FEATURES 10000

static const char *const code_properties[] = {
  "statcode", "gemeentecode", "gemeenteco", "gm_code", "gmcode", "gemcode", "gemeente_code",
  "cbs_code", "cbscode", "code", "provinciecode", "provinciec", "pv_code", "pvcode",
  "jrstatcode", NULL
};

static const char *const name_properties[] = {
  "statnaam", "gemeentenaam", "gemeentena", "gm_naam", "gmnaam", "gemnaam", "gemeente_naam",
  "provincienaam", "provincien", "pv_naam", "pvnaam", "naam", "name", "gemeente", "provincie",
  NULL
};

static const char *const year_properties[] = { "jaarcode", "jaar", "year", NULL };

typedef struct
{
  WepDocument                  *doc;
  WepImportPreview             *preview;
  WepGeoImport                 *import;
  OGRCoordinateTransformationH  transform;
  GHashTable                   *seen;          /* code → first feature number */
  int                           code_field, name_field, year_field, jrstatcode_field;
  char                         *code_column, *name_column;
  gboolean                      numbers_are_provinces;
  int                           provinces;     /* -1 until the first code is read */
} GeoReader;

static void
area_free (WepGeoArea *area)
{
  g_free (area->code);
  g_free (area->name);
  g_clear_pointer (&area->blob, g_bytes_unref);
  g_clear_pointer (&area->geometry, OGR_G_DestroyGeometry);
  g_free (area);
}

static void
geo_import_free (gpointer data)
{
  WepGeoImport *import = data;

  g_ptr_array_unref (import->areas);
  g_clear_pointer (&import->placements, g_ptr_array_unref);
  g_free (import);
}

static void
clear_reader (GeoReader *reader)
{
  g_clear_pointer (&reader->transform, OCTDestroyCoordinateTransformation);
  g_clear_pointer (&reader->seen, g_hash_table_unref);
  g_clear_pointer (&reader->code_column, g_free);
  g_clear_pointer (&reader->name_column, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GeoReader, clear_reader)

static void
ensure_gdal (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      GDALAllRegister ();
      g_once_init_leave (&registered, 1);
    }
}

/* Keeps GDAL's messages (failures only) for the error we give. */
static void CPL_STDCALL
gdal_error_cb (CPLErr       level,
               CPLErrorNum  number,
               const char  *message)
{
  GString *messages = CPLGetErrorHandlerUserData ();

  if (level >= CE_Failure && messages->len < 1000)
    g_string_append_printf (messages, "%s%s", messages->len > 0 ? "; " : "", message);
}

static gboolean
have_geos (void)
{
  int major = 0, minor = 0, patch = 0;

  return OGRGetGEOSVersion (&major, &minor, &patch);
}

/* ---- properties and codes ------------------------------------------------ */

static char *
list_fields (OGRFeatureDefnH defn)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (int i = 0; i < OGR_FD_GetFieldCount (defn); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "",
                            OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn, i)));
  if (out->len == 0)
    g_string_append (out, _("(none)"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
find_field (OGRFeatureDefnH     defn,
            const char *const  *candidates,
            int                 skip)
{
  for (guint c = 0; candidates[c] != NULL; c++)
    for (int i = 0; i < OGR_FD_GetFieldCount (defn); i++)
      if (i != skip
          && g_ascii_strcasecmp (OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn, i)),
                                 candidates[c]) == 0)
        return i;
  return -1;
}

/* A field's value as trimmed, valid UTF-8 text; NULL when unset or empty.
 * A whole number stored as a real (344.0) reads as 344. */
static char *
get_field_text (OGRFeatureH feature,
                int         field)
{
  char *text;

  if (field < 0 || !OGR_F_IsFieldSetAndNotNull (feature, field))
    return NULL;
  if (OGR_Fld_GetType (OGR_F_GetFieldDefnRef (feature, field)) == OFTReal)
    {
      double value = OGR_F_GetFieldAsDouble (feature, field);

      if (value >= 0 && value < 1e9 && value == (gint64) value)
        return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
    }
  text = g_strstrip (g_utf8_make_valid (OGR_F_GetFieldAsString (feature, field), -1));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static gboolean
is_digits (const char *text,
           gsize       min,
           gsize       max)
{
  gsize n = strlen (text);

  if (n < min || n > max)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* GM0344, gm344, 0344, 344 → GM0344; PV20 → PV20 (a bare number too when
 * numbers_are_provinces); 2025GM0344 → GM0344 with *year 2025. */
static gboolean
parse_area_code (const char  *text,
                 gboolean     numbers_are_provinces,
                 char       **code,
                 gboolean    *province,
                 int         *year)
{
  g_autofree char *upper = g_ascii_strup (text, -1);
  const char *p = upper;
  int number;

  *year = 0;
  if (strlen (p) > 6 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1])
      && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3])
      && (g_str_has_prefix (p + 4, "GM") || g_str_has_prefix (p + 4, "PV")))
    {
      *year = atoi (p);
      p += 4;
    }
  if (g_str_has_prefix (p, "PV") && is_digits (p + 2, 2, 2))
    {
      *province = TRUE;
      *code = g_strdup_printf ("PV%s", p + 2);
      return TRUE;
    }
  if (g_str_has_prefix (p, "GM"))
    p += 2;
  else if (numbers_are_provinces && is_digits (p, 1, 2))
    {
      *province = TRUE;
      *code = g_strdup_printf ("PV%02d", atoi (p));
      return TRUE;
    }
  if (!is_digits (p, 1, 4) || (number = atoi (p)) == 0)
    return FALSE;
  *province = FALSE;
  *code = g_strdup_printf ("GM%04d", number);
  return TRUE;
}

/* Without a known property name: the first text property of the first
 * feature that holds a code with its GM or PV prefix. */
static int
guess_code_field (OGRLayerH layer)
{
  OGRFeatureH feature;
  int found = -1;

  OGR_L_ResetReading (layer);
  feature = OGR_L_GetNextFeature (layer);
  if (feature == NULL)
    return -1;
  for (int i = 0; i < OGR_F_GetFieldCount (feature) && found < 0; i++)
    {
      g_autofree char *text = NULL, *upper = NULL, *code = NULL;
      gboolean province;
      int year;

      if (OGR_Fld_GetType (OGR_F_GetFieldDefnRef (feature, i)) != OFTString
          || (text = get_field_text (feature, i)) == NULL)
        continue;
      upper = g_ascii_strup (text, -1);
      if ((strstr (upper, "GM") != NULL || strstr (upper, "PV") != NULL)
          && parse_area_code (text, FALSE, &code, &province, &year))
        found = i;
    }
  OGR_F_Destroy (feature);
  OGR_L_ResetReading (layer);
  return found;
}

/* ---- the plan ------------------------------------------------------------ */

/* The plan's name of a municipality and whether it has a boundary; FALSE
 * when the plan does not have it. */
static gboolean
lookup_municipality (WepDocument  *doc,
                     const char   *code,
                     char        **name,
                     gboolean     *has_boundary)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT m.name, b.municipality IS NOT NULL FROM municipalities m "
                              "LEFT JOIN boundaries b ON b.municipality = m.code WHERE m.code = ?",
                              NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *has_boundary = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/* ---- geometry ------------------------------------------------------------ */

static void
add_polygons (OGRGeometryH multi,
              OGRGeometryH geometry)
{
  OGRwkbGeometryType type = wkbFlatten (OGR_G_GetGeometryType (geometry));

  if (type == wkbPolygon)
    OGR_G_AddGeometry (multi, geometry);
  else if (type == wkbMultiPolygon || type == wkbGeometryCollection)
    for (int i = 0; i < OGR_G_GetGeometryCount (geometry); i++)
      add_polygons (multi, OGR_G_GetGeometryRef (geometry, i));
}

/* The polygons of a geometry (taken over) as one MultiPolygon; NULL when
 * it has none (points and lines are left out). */
static OGRGeometryH
take_polygons (OGRGeometryH geometry)
{
  OGRwkbGeometryType type = wkbFlatten (OGR_G_GetGeometryType (geometry));
  OGRGeometryH multi;

  if (type == wkbPolygon || type == wkbMultiPolygon)
    return geometry;
  multi = OGR_G_CreateGeometry (wkbMultiPolygon);
  add_polygons (multi, geometry);
  OGR_G_DestroyGeometry (geometry);
  if (OGR_G_GetGeometryCount (multi) == 0)
    g_clear_pointer (&multi, OGR_G_DestroyGeometry);
  return multi;
}

static guint
count_points (OGRGeometryH geometry)
{
  int n = OGR_G_GetGeometryCount (geometry);
  guint total = 0;

  if (n == 0)
    return MAX (OGR_G_GetPointCount (geometry), 0);
  for (int i = 0; i < n; i++)
    total += count_points (OGR_G_GetGeometryRef (geometry, i));
  return total;
}

/* Rounds every coordinate to the 1e-6 degrees stored, so that validity is
 * judged on what is kept: a ring that nearly touches itself must not be
 * valid in one file and repaired in the same data reprojected and back. */
static void
snap_to_grid (OGRGeometryH geometry)
{
  int n = OGR_G_GetGeometryCount (geometry);

  if (n > 0)
    {
      for (int i = 0; i < n; i++)
        snap_to_grid (OGR_G_GetGeometryRef (geometry, i));
      return;
    }
  n = OGR_G_GetPointCount (geometry);
  if (n > 0)
    {
      g_autofree double *x = g_new (double, n);
      g_autofree double *y = g_new (double, n);

      OGR_G_GetPoints (geometry, x, sizeof (double), y, sizeof (double), NULL, 0);
      for (int i = 0; i < n; i++)
        {
          /* As wep-geometry.c does: whole millionths, divided (the
           * nearest double to the decimal, as a file's "5.123456" is). */
          x[i] = round (x[i] * 1e6) / 1e6;
          y[i] = round (y[i] * 1e6) / 1e6;
        }
      OGR_G_SetPoints (geometry, n, x, sizeof (double), y, sizeof (double), NULL, 0);
    }
}

/* The feature's geometry as polygons in WGS84, made valid; NULL with
 * *reason (translated) when it cannot be. */
static OGRGeometryH
prepare_geometry (GeoReader     *reader,
                  OGRGeometryH   source,
                  gboolean      *repaired,
                  char         **reason)
{
  OGRGeometryH geometry;
  OGRwkbGeometryType type;
  OGREnvelope box;

  *repaired = FALSE;
  if (source == NULL || OGR_G_IsEmpty (source))
    {
      *reason = g_strdup (_("the feature has no geometry"));
      return NULL;
    }
  if (OGR_G_HasCurveGeometry (source, TRUE))
    geometry = OGR_G_GetLinearGeometry (source, 0, NULL);
  else
    geometry = OGR_G_Clone (source);
  if (geometry == NULL)
    {
      *reason = g_strdup (_("the geometry holds no polygons"));
      return NULL;
    }
  OGR_G_FlattenTo2D (geometry);
  type = wkbFlatten (OGR_G_GetGeometryType (geometry));
  if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbGeometryCollection)
    {
      *reason = g_strdup_printf (_("the geometry is a %s, not a polygon"),
                                 OGRGeometryTypeToName (type));
      OGR_G_DestroyGeometry (geometry);
      return NULL;
    }
  if ((geometry = take_polygons (geometry)) == NULL)
    {
      *reason = g_strdup (_("the geometry holds no polygons"));
      return NULL;
    }
  if (reader->transform != NULL && OGR_G_Transform (geometry, reader->transform) != OGRERR_NONE)
    {
      *reason = g_strdup (_("the geometry cannot be converted to WGS84 longitude/latitude"));
      OGR_G_DestroyGeometry (geometry);
      return NULL;
    }
  OGR_G_GetEnvelope (geometry, &box);
  if (!(box.MinX >= -180 && box.MaxX <= 180 && box.MinY >= -90 && box.MaxY <= 90))
    {
      *reason = g_strdup (_("the coordinates lie outside the range of longitude and latitude"));
      OGR_G_DestroyGeometry (geometry);
      return NULL;
    }
  snap_to_grid (geometry);
  if (have_geos () && !OGR_G_IsValid (geometry))
    {
      OGRGeometryH valid = OGR_G_MakeValid (geometry);

      OGR_G_DestroyGeometry (geometry);
      geometry = valid != NULL ? take_polygons (valid) : NULL;
      if (geometry == NULL || OGR_G_IsEmpty (geometry) || !OGR_G_IsValid (geometry))
        {
          g_clear_pointer (&geometry, OGR_G_DestroyGeometry);
          *reason = g_strdup (_("the geometry is invalid (for example self-intersecting) and "
                                "cannot be repaired"));
          return NULL;
        }
      *repaired = TRUE;
    }
  return geometry;
}

/* ---- reading ------------------------------------------------------------- */

static char *
describe_municipality (const WepGeoArea *area,
                       gboolean          has_boundary,
                       guint             n_points,
                       gboolean          repaired)
{
  g_autofree char *text = NULL;

  if (!area->exists)
    text = g_strdup_printf (_("%s %s: new municipality, boundary %u points"), area->code,
                            area->name, n_points);
  else if (has_boundary)
    text = g_strdup_printf (_("%s %s: boundary replaced, %u points"), area->code, area->name,
                            n_points);
  else
    text = g_strdup_printf (_("%s %s: boundary added, %u points"), area->code, area->name,
                            n_points);
  if (!repaired)
    return g_steal_pointer (&text);
  return g_strdup_printf ("%s. %s", text,
                          _("Its geometry was invalid (for example self-intersecting) and has "
                            "been repaired."));
}

/* The feature's code (GM0014, PV20), or NULL after a rejection; the first
 * code read decides whether the file holds municipalities or provinces. */
static char *
read_code (GeoReader   *reader,
           OGRFeatureH  feature,
           guint        line,
           int         *year)
{
  WepImportPreview *preview = reader->preview;
  g_autofree char *text = get_field_text (feature, reader->code_field);
  g_autofree char *code = NULL;
  gboolean province;
  gpointer first;

  if (text == NULL)
    {
      wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                 _("no municipality or province code"));
      return NULL;
    }
  if (!parse_area_code (text, reader->numbers_are_provinces, &code, &province, year))
    {
      wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                 _("“%s” is not a municipality code (such as GM0344, 0344 or "
                                   "344) or a province code (such as PV20)"), text);
      return NULL;
    }
  if (reader->provinces < 0)
    reader->provinces = province;
  if (province != reader->provinces)
    {
      if (province)
        wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                   _("%s is a province, but this file holds municipalities"),
                                   code);
      else
        wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                   _("%s is a municipality, but this file holds provinces"),
                                   code);
      return NULL;
    }
  if ((first = g_hash_table_lookup (reader->seen, code)) != NULL)
    {
      wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                 _("%s appears twice: it is already at feature %u"), code,
                                 GPOINTER_TO_UINT (first));
      return NULL;
    }
  g_hash_table_insert (reader->seen, g_strdup (code), GUINT_TO_POINTER (line));
  return g_steal_pointer (&code);
}

static int
read_year (GeoReader   *reader,
           OGRFeatureH  feature,
           int          year)
{
  if (year == 0 && reader->year_field >= 0)
    year = OGR_F_GetFieldAsInteger (feature, reader->year_field);
  if (year == 0 && reader->jrstatcode_field >= 0)
    {
      g_autofree char *jrstatcode = get_field_text (feature, reader->jrstatcode_field);
      g_autofree char *ignored = NULL;
      gboolean province;

      if (jrstatcode != NULL)
        parse_area_code (jrstatcode, FALSE, &ignored, &province, &year);
    }
  return year >= 1800 && year <= 2200 ? year : 0;
}

static void
read_feature (GeoReader   *reader,
              OGRFeatureH  feature,
              guint        line)
{
  WepImportPreview *preview = reader->preview;
  g_autofree char *plan_name = NULL, *kind = NULL, *reason = NULL;
  g_autoptr (GError) local = NULL;
  OGRGeometryH geometry;
  gboolean repaired, has_boundary = FALSE;
  WepGeoArea *area;
  int year = 0;
  char *code;

  if ((code = read_code (reader, feature, line, &year)) == NULL)
    return;
  area = g_new0 (WepGeoArea, 1);
  area->code = code;
  area->name = get_field_text (feature, reader->name_field);
  area->year = read_year (reader, feature, year);

  if (reader->provinces)
    {
      sqlite3 *db = _wep_document_get_db (reader->doc);

      if (_wep_import_geo_lookup_region (db, code, &plan_name, &kind)
          && g_strcmp0 (kind, "provincie") != 0)
        {
          wep_import_preview_reject (preview, line, reader->code_field + 1, reader->code_column,
                                     _("the plan already has a region %s of kind “%s”"), code,
                                     kind);
          area_free (area);
          return;
        }
      area->exists = kind != NULL;
    }
  else
    area->exists = lookup_municipality (reader->doc, code, &plan_name, &has_boundary);
  if (area->name == NULL && !area->exists)
    {
      wep_import_preview_reject (preview, line, reader->name_field + 1, reader->name_column,
                                 _("%s is not in the plan yet and the file gives no name for "
                                   "it"), code);
      area_free (area);
      return;
    }
  if (area->name == NULL)
    area->name = g_steal_pointer (&plan_name);

  geometry = prepare_geometry (reader, OGR_F_GetGeometryRef (feature), &repaired, &reason);
  if (geometry == NULL)
    {
      wep_import_preview_reject (preview, line, 0, NULL, "%s", reason);
      area_free (area);
      return;
    }
  if (reader->provinces)
    {
      OGR_G_GetEnvelope (geometry, &area->envelope);
      area->geometry = geometry;
      g_ptr_array_add (reader->import->areas, area);
      return;
    }

  area->blob = wep_geometry_encode (geometry, &local);
  if (area->blob == NULL)
    {
      wep_import_preview_reject (preview, line, 0, NULL, "%s", local->message);
      area_free (area);
    }
  else
    {
      g_ptr_array_add (preview->understood,
                       describe_municipality (area, has_boundary, count_points (geometry),
                                              repaired));
      g_ptr_array_add (reader->import->areas, area);
    }
  OGR_G_DestroyGeometry (geometry);
}

static gboolean
set_up_transform (GeoReader   *reader,
                  OGRLayerH    layer,
                  const char  *display,
                  GError     **error)
{
  OGRSpatialReferenceH layer_srs = OGR_L_GetSpatialRef (layer);
  OGRSpatialReferenceH source, target;
  gboolean same;

  if (layer_srs == NULL)
    {
      OGREnvelope box;

      /* Without a coordinate system: longitude/latitude if it fits. */
      if (OGR_L_GetExtent (layer, &box, TRUE) == OGRERR_NONE
          && !(box.MinX >= -180 && box.MaxX <= 180 && box.MinY >= -90 && box.MaxY <= 90))
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s: the file does not say which coordinate system it uses, and its "
                         "coordinates are not longitude and latitude. Save it again with its "
                         "coordinate system (for a Shapefile, the .prj file next to it)."),
                       display);
          return FALSE;
        }
      return TRUE;
    }

  source = OSRClone (layer_srs);
  target = OSRNewSpatialReference (NULL);
  OSRSetAxisMappingStrategy (source, OAMS_TRADITIONAL_GIS_ORDER);
  if (OSRImportFromEPSG (target, 4326) == OGRERR_NONE)
    {
      OSRSetAxisMappingStrategy (target, OAMS_TRADITIONAL_GIS_ORDER);
      same = OSRIsSame (source, target);
      if (!same)
        reader->transform = OCTNewCoordinateTransformation (source, target);
    }
  else
    same = FALSE;
  if (!same && reader->transform == NULL)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s: the coordinates cannot be converted from the coordinate system “%s” to "
                   "WGS84 longitude/latitude."),
                 display, OSRGetName (source) != NULL ? OSRGetName (source) : "?");
  OSRRelease (source);
  OSRRelease (target);
  return same || reader->transform != NULL;
}

/* Finds the code, name and year properties. */
static gboolean
find_properties (GeoReader   *reader,
                 OGRLayerH    layer,
                 const char  *code_property,
                 const char  *display,
                 GError     **error)
{
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn (layer);
  const char *const chosen[] = { code_property, NULL };
  const char *code_name;

  reader->code_field = find_field (defn, code_property != NULL ? chosen : code_properties, -1);
  if (reader->code_field < 0 && code_property == NULL)
    reader->code_field = guess_code_field (layer);
  if (reader->code_field < 0)
    {
      g_autofree char *fields = list_fields (defn);

      if (code_property != NULL)
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                     _("%s: there is no property “%s”; the properties are: %s."), display,
                     code_property, fields);
      else
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                     _("%s: no property holds municipality or province codes (such as "
                       "statcode, gemeentecode or GM_CODE); the properties are: %s. Choose the "
                       "one with the codes."),
                     display, fields);
      return FALSE;
    }
  code_name = OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn, reader->code_field));
  reader->code_column = g_strdup (code_name);
  reader->numbers_are_provinces = g_ascii_strncasecmp (code_name, "prov", 4) == 0
                                  || g_ascii_strncasecmp (code_name, "pv", 2) == 0;
  reader->name_field = find_field (defn, name_properties, reader->code_field);
  if (reader->name_field >= 0)
    reader->name_column = g_strdup (OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn,
                                                                             reader->name_field)));
  reader->year_field = find_field (defn, year_properties, reader->code_field);
  reader->jrstatcode_field = find_field (defn, (const char *const[]) { "jrstatcode", NULL },
                                         reader->code_field);
  return TRUE;
}

static WepImportPreview *
read_layer (WepDocument  *doc,
            const char   *source,
            OGRLayerH     layer,
            const char   *code_property,
            GError      **error)
{
  g_autoptr (WepImportPreview) preview = NULL;
  g_auto (GeoReader) reader = { 0 };
  g_autofree char *display = g_strdup_printf (_("%s, layer %s"), source, OGR_L_GetName (layer));
  OGRwkbGeometryType type = wkbFlatten (OGR_L_GetGeomType (layer));
  WepGeoImport *import;
  guint line = 0;

  if (type == wkbNone || type == wkbPoint || type == wkbMultiPoint || type == wkbLineString
      || type == wkbMultiLineString || type == wkbCircularString || type == wkbCompoundCurve
      || type == wkbMultiCurve)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: the features are not polygons (%s); choose a file or layer with "
                     "municipal or provincial boundaries."),
                   display, type == wkbNone ? _("no geometry") : OGRGeometryTypeToName (type));
      return NULL;
    }
  if (!find_properties (&reader, layer, code_property, display, error)
      || !set_up_transform (&reader, layer, display, error))
    return NULL;

  preview = wep_import_preview_new (WEP_IMPORT_BOUNDARIES, source, OGR_L_GetName (layer));
  import = g_new0 (WepGeoImport, 1);
  import->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);
  preview->priv = import;
  preview->priv_free = geo_import_free;
  reader.doc = doc;
  reader.preview = preview;
  reader.import = import;
  reader.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.provinces = -1;

  OGR_L_ResetReading (layer);
  for (;;)
    {
      OGRFeatureH feature;

      CPLErrorReset ();
      feature = OGR_L_GetNextFeature (layer);
      if (feature == NULL)
        {
          if (CPLGetLastErrorType () >= CE_Failure)
            {
              g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                           _("%s: reading stopped after feature %u: %s"), display, line,
                           CPLGetLastErrorMsg ());
              return NULL;
            }
          break;
        }
      if (++line > MAX_FEATURES)
        {
          OGR_F_Destroy (feature);
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                       _("%s: more than %u features; a plan holds at most 5,000 "
                         "municipalities."), display, MAX_FEATURES);
          return NULL;
        }
      read_feature (&reader, feature, line);
      OGR_F_Destroy (feature);
    }
  if (line == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: the layer has no features."), display);
      return NULL;
    }
  preview->n_rows = line;
  import->provinces = reader.provinces == TRUE;
  if (import->provinces)
    {
      if (!have_geos ())
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s: placing municipalities in provinces needs GDAL with GEOS, which "
                         "this installation lacks."), display);
          return NULL;
        }
      _wep_import_geo_place (doc, import, preview);
    }
  return g_steal_pointer (&preview);
}

/* ---- applying ------------------------------------------------------------ */

/* The boundaries' source is the preview's: the file's name, or what the
 * caller put there (the PDOK download names the service). */
static gboolean
apply_municipalities (WepDocument   *doc,
                      WepGeoImport  *import,
                      const char    *source,
                      gint64         provenance_id,
                      GError       **error)
{
  for (guint i = 0; i < import->areas->len; i++)
    {
      const WepGeoArea *area = g_ptr_array_index (import->areas, i);
      g_autofree char *name = NULL;
      gboolean has_boundary;

      if (!lookup_municipality (doc, area->code, &name, &has_boundary))
        {
          WepMunicipality m = { area->code, area->name, "", -1, -1, -1 };

          if (!wep_document_add_municipality (doc, &m, provenance_id, error))
            return FALSE;
        }
      if (!wep_document_set_boundary (doc, area->code, area->blob, source, area->year,
                                      provenance_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_boundaries (WepDocument       *doc,
                  WepImportPreview  *preview,
                  gint64             provenance_id,
                  GError           **error)
{
  WepGeoImport *import = preview->priv;

  if (import->provinces)
    return _wep_import_geo_apply_provinces (doc, import, provenance_id, error);
  return apply_municipalities (doc, import, preview->source, provenance_id, error);
}

static char *
list_layers (GDALDatasetH dataset)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (int i = 0; i < GDALDatasetGetLayerCount (dataset); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "",
                            OGR_L_GetName (GDALDatasetGetLayer (dataset, i)));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static WepImportPreview *
read_dataset (WepDocument   *doc,
              GDALDatasetH   dataset,
              const char    *source,
              const char    *layer_name,
              const char    *code_property,
              GError       **error)
{
  WepImportPreview *preview;
  OGRLayerH layer;

  if (GDALDatasetGetLayerCount (dataset) == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s holds no layers of geographic features."), source);
      return NULL;
    }
  if (layer_name == NULL)
    layer = GDALDatasetGetLayer (dataset, 0);
  else if ((layer = GDALDatasetGetLayerByName (dataset, layer_name)) == NULL)
    {
      g_autofree char *layers = list_layers (dataset);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s has no layer “%s”; its layers are: %s."), source, layer_name, layers);
      return NULL;
    }
  preview = read_layer (doc, source, layer, code_property, error);
  if (preview != NULL)
    preview->apply = apply_boundaries;
  return preview;
}

/* Opens path as a geographic file, or sets error. */
static GDALDatasetH
open_dataset (const char  *path,
              const char  *source,
              GError     **error)
{
  g_autoptr (GString) messages = g_string_new (NULL);
  GDALDatasetH dataset;

  /* A path only: GDAL would also take a URL or inline GeoJSON text. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO,
                   _("%s does not exist."), path);
      return NULL;
    }
  ensure_gdal ();
  /* GDAL's messages go into the errors we give, not to the terminal. */
  CPLPushErrorHandlerEx (gdal_error_cb, messages);
  CPLErrorReset ();
  dataset = GDALOpenEx (path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
  CPLPopErrorHandler ();
  if (dataset == NULL)
    {
      if (messages->len > 0)
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                     _("%s is not a geographic file that can be read (%s)."), source,
                     messages->str);
      else
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                     _("%s is not a geographic file that can be read: use GeoJSON, TopoJSON, "
                       "GeoPackage or Shapefile."), source);
    }
  return dataset;
}

WepImportPreview *
wep_import_boundaries_preview (WepDocument  *doc,
                               const char   *path,
                               const char   *layer,
                               const char   *code_property,
                               GError      **error)
{
  g_autofree char *source = NULL;
  g_autoptr (GString) messages = g_string_new (NULL);
  WepImportPreview *preview;
  GDALDatasetH dataset;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = g_path_get_basename (path);
  if ((dataset = open_dataset (path, source, error)) == NULL)
    return NULL;
  CPLPushErrorHandlerEx (gdal_error_cb, messages);
  CPLErrorReset ();
  preview = read_dataset (doc, dataset, source, layer, code_property, error);
  GDALClose (dataset);
  CPLPopErrorHandler ();
  return preview;
}

GStrv
_wep_import_geo_list_layers (const char  *path,
                             GError     **error)
{
  g_autofree char *source = g_path_get_basename (path);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  GDALDatasetH dataset;

  if ((dataset = open_dataset (path, source, error)) == NULL)
    return NULL;
  for (int i = 0; i < GDALDatasetGetLayerCount (dataset); i++)
    g_strv_builder_add (names, OGR_L_GetName (GDALDatasetGetLayer (dataset, i)));
  GDALClose (dataset);
  return g_strv_builder_end (names);
}
