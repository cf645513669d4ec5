/* wep-gui-util.h: small helpers the views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets a tooltip only when it differs from the one shown: setting one asks
 * the display where the pointer is, a round trip that views updating many
 * widgets on every change of the plan cannot afford. */
void wep_gui_set_tooltip (GtkWidget  *widget,
                          const char *text);

G_END_DECLS
