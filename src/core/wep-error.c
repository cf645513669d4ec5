/* wep-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-error.h"

G_DEFINE_QUARK (wep-input-error-quark, wep_input_error)
