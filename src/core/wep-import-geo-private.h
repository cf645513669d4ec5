/* wep-import-geo-private.h: what the parts of the geography import share
 *
 * wep-import-geo.c reads a file of municipalities or provinces and keeps
 * municipal boundaries; wep-import-geo-provinces.c places the plan's
 * municipalities in the provinces of a file and writes the provinces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <ogr_api.h>

#include "wep-document-private.h"
#include "wep-import.h"

G_BEGIN_DECLS

typedef struct
{
  char         *code;        /* GM0014 or PV20 */
  char         *name;        /* the file's, else the plan's */
  int           year;        /* 0: not given */
  gboolean      exists;      /* the municipality or province is in the plan */
  GBytes       *blob;        /* municipalities: the encoded boundary */
  OGRGeometryH  geometry;    /* provinces, while placing: the outline in WGS84 */
  OGREnvelope   envelope;
} WepGeoArea;

typedef struct
{
  char *municipality;
  char *region;              /* the province's code */
  char *province;            /* and its name */
} WepGeoPlacement;

typedef struct
{
  gboolean   provinces;
  GPtrArray *areas;          /* of WepGeoArea */
  GPtrArray *placements;     /* provinces: of WepGeoPlacement */
} WepGeoImport;

/* The plan's region with this code: its name and kind. */
gboolean _wep_import_geo_lookup_region   (sqlite3           *db,
                                          const char        *code,
                                          char             **name,
                                          char             **kind);
/* Places every municipality of the plan in the provinces of import (whose
 * outlines it then frees) and adds the preview's lines: one per province,
 * a note per municipality that cannot be placed. */
void     _wep_import_geo_place           (WepDocument       *doc,
                                          WepGeoImport      *import,
                                          WepImportPreview  *preview);
/* Adds or renames the provinces and sets every placed municipality's
 * province and membership. */
gboolean _wep_import_geo_apply_provinces (WepDocument       *doc,
                                          WepGeoImport      *import,
                                          gint64             provenance_id,
                                          GError           **error);

/* The names of the layers of a geographic file. */
GStrv    _wep_import_geo_list_layers     (const char        *path,
                                          GError           **error);

G_END_DECLS
