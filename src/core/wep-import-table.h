/* wep-import-table.h: which kind of spreadsheet a file is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-import.h"

G_BEGIN_DECLS

/* The kind of spreadsheet whose columns a file has (sheet NULL = the
 * first). A kind fits when every column it requires is there and, if it
 * has columns of figures, at least one of those; the guess is made only
 * when exactly one kind fits, else an error (WEP_DOCUMENT_ERROR_NOT_FOUND)
 * says which fit, or that none does, so the caller can ask for the kind;
 * a file that cannot be read gives the error of the reading. */
gboolean wep_import_table_guess_kind (const char     *path,
                                      const char     *sheet,
                                      WepImportKind  *kind,
                                      GError        **error);

G_END_DECLS
