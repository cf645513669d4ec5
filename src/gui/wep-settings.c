/* wep-settings.c: the application's settings (GSettings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-pdok.h"
#include "wep-settings.h"

GSettings *
wep_settings_new (void)
{
  static gsize warned = 0;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      if (g_once_init_enter (&warned))
        {
          g_message ("The settings schema %s is not installed; using the defaults "
                     "(run from the build folder with `meson devenv`)", APP_ID);
          g_once_init_leave (&warned, 1);
        }
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

char *
wep_settings_dup_pdok_base_url (void)
{
  g_autoptr (GSettings) settings = wep_settings_new ();
  g_autofree char *url = NULL;

  if (settings != NULL)
    url = g_settings_get_string (settings, "pdok-base-url");
  if (url == NULL || *url == '\0')
    return g_strdup (WEP_PDOK_DEFAULT_BASE_URL);
  return g_steal_pointer (&url);
}
