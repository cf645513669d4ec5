/* wep-import-task.h: the preview of an import, read in a worker thread
 *
 * Reading a spreadsheet or a geographic file (GDAL, reprojection: seconds
 * for every municipality of the country) must not hold up the window. A
 * preview also reads the plan (which municipalities it has, what a row
 * would replace), and a WepDocument is not safe to use from two threads:
 * so the worker reads a copy of the plan (wep_document_copy ()) made on
 * the calling thread when the task starts. The preview is applied to the
 * plan itself later, on the caller's thread; a caller that lets the plan
 * change in between reads the file again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-import.h"
#include "wep-pdok.h"

G_BEGIN_DECLS

/* A spreadsheet or a geographic file of kind. sheet NULL: the first sheet
 * or layer. guess_kind: a spreadsheet whose columns fit exactly one kind
 * is read as that kind (the preview's kind says which); else as kind. */
void              wep_import_task_preview_file_async     (WepDocument          *doc,
                                                          WepImportKind         kind,
                                                          gboolean              guess_kind,
                                                          const char           *path,
                                                          const char           *sheet,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
/* A file downloaded from PDOK (wep_pdok_import_preview ()). */
void              wep_import_task_preview_download_async (WepDocument          *doc,
                                                          const char           *path,
                                                          const char           *base_url,
                                                          WepPdokLevel          level,
                                                          int                   year,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
/* The preview, and in *sheets (may be NULL) the sheets or layers of the
 * file (empty when it has none to choose from); G_IO_ERROR_CANCELLED once
 * cancellable was cancelled, even when the worker had finished. */
WepImportPreview *wep_import_task_preview_finish         (GAsyncResult         *result,
                                                          GStrv                *sheets,
                                                          GError              **error);

G_END_DECLS
