/* wep-error.h: the error domain of the planning core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WEP_INPUT_ERROR (wep_input_error_quark ())

typedef enum
{
  WEP_INPUT_ERROR_PARSE,        /* not JSON, or not the expected shape */
  WEP_INPUT_ERROR_MISSING_KEY,
  WEP_INPUT_ERROR_UNKNOWN_KEY,
  WEP_INPUT_ERROR_MISSING_YEAR,
  WEP_INPUT_ERROR_TYPE,         /* a string where a number belongs, ... */
  WEP_INPUT_ERROR_RANGE,        /* a value outside its valid range */
  WEP_INPUT_ERROR_LIMIT,        /* too many regions, a name too long, ... */
} WepInputError;

GQuark wep_input_error_quark (void);

G_END_DECLS
