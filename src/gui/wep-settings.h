/* wep-settings.h: the application's settings (GSettings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The settings, or NULL (with one message) when the schema is not
 * installed, as when the program runs from a build folder without
 * `meson devenv`: the app then works with the defaults. */
GSettings *wep_settings_new                (void);
/* Where boundaries are downloaded from: the setting, else PDOK. */
char      *wep_settings_dup_pdok_base_url  (void);

G_END_DECLS
