/* wep-export-private.h: what the parts of the export share: writing
 * through GDAL (wep-export.c) and the boundaries (wep-export-boundaries.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include "wep-export.h"

G_BEGIN_DECLS

/* GDAL's last error as a GError about display (the target's name);
 * returns FALSE. */
gboolean     _wep_export_fail_gdal        (const char   *display,
                                           GError      **error);
/* A new dataset of the driver at path (GDAL registered once). */
GDALDatasetH _wep_export_create_dataset   (const char   *driver_name,
                                           const char   *path,
                                           const char   *display,
                                           GError      **error);
/* Closes the dataset, which is when the XLSX and ODS drivers write. */
gboolean     _wep_export_close_dataset    (GDALDatasetH  dataset,
                                           const char   *display,
                                           GError      **error);

/* Writes the municipal boundaries with the scenario's fair share by key to
 * path (GPKG or GeoJSON); display names the target in messages. */
gboolean     _wep_export_write_boundaries (WepDocument     *doc,
                                           const char      *scenario,
                                           WepFairShareKey  key,
                                           WepExportFormat  format,
                                           const char      *path,
                                           const char      *display,
                                           GPtrArray       *notes,
                                           GError         **error);

G_END_DECLS
