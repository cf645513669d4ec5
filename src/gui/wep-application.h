/* wep-application.h: the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WEP_TYPE_APPLICATION (wep_application_get_type ())

G_DECLARE_FINAL_TYPE (WepApplication, wep_application, WEP, APPLICATION, AdwApplication)

WepApplication *wep_application_new (void);

G_END_DECLS
