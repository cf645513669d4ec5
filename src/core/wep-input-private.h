/* wep-input-private.h: where a validation problem sits, so that the JSON
 * reader can add the line of the offending member to the message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-input.h"

G_BEGIN_DECLS

typedef struct
{
  int         region;       /* index, or -1: the input as a whole */
  const char *key;          /* spec key, "ranges" context via in_range */
  int         year_index;   /* or -1 */
  gboolean    in_range;     /* the problem is in the key's "ranges" entry */
} WepInputLocation;

gboolean _wep_model_input_validate_located (const WepModelInput *input,
                                            WepInputLocation    *location,
                                            GError             **error);

/* The shortest text that reads back as the same double. */
const char *_wep_number_text (double value,
                              char   buf[G_ASCII_DTOSTR_BUF_SIZE]);

G_END_DECLS
