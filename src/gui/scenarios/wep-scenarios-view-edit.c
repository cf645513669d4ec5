/* wep-scenarios-view-edit.c: the edits of the "Scenario's" page
 *
 * New, duplicate, rename and delete, each checked before the change begins
 * (so a refused edit leaves no step to undo) and made as one undoable
 * change of the document (wep-scenario-edit.h does the work).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-scenario-edit.h"
#include "wep-scenarios-view-private.h"

void
_wep_scenarios_view_set_string (char       **place,
                                const char  *value)
{
  if (g_strcmp0 (*place, value) == 0)
    return;
  g_free (*place);
  *place = g_strdup (value);
}

static gboolean
check_writable (WepScenariosView  *self,
                GError           **error)
{
  WepDocument *doc = wep_session_get_document (self->session);
  const char *reason = wep_document_get_read_only_reason (doc);

  if (!wep_document_get_read_only (doc))
    return TRUE;
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY,
               /* Translators: %s says why, e.g. "Opened read-only." */
               _("The plan cannot be changed: %s"), reason != NULL ? reason : "");
  return FALSE;
}

static gboolean
check_exists (WepScenariosView  *self,
              const char        *name,
              GError           **error)
{
  g_auto (GStrv) names = wep_document_list_scenarios (wep_session_get_document (self->session));

  if (g_strv_contains ((const char * const *) names, name))
    return TRUE;
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
               _("There is no scenario “%s” in the plan; it may have been renamed or deleted."),
               name);
  return FALSE;
}

gboolean
wep_scenarios_view_new_scenario (WepScenariosView  *self,
                                 const char        *name,
                                 int                base_year,
                                 int                horizon_years,
                                 GError           **error)
{
  WepDocument *doc;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  doc = wep_session_get_document (self->session);
  /* Checked first: a refused edit leaves no step to undo. */
  if (!check_writable (self, error)
      || !wep_document_check_new_scenario (doc, name, base_year, horizon_years, error)
      || !wep_document_begin_change (doc, _("New Scenario"), error))
    return FALSE;
  ok = wep_document_new_scenario (doc, name, base_year, horizon_years, error);
  wep_document_end_change (doc);
  if (ok)
    wep_session_set_scenario (self->session, name);
  return ok;
}

gboolean
wep_scenarios_view_duplicate (WepScenariosView  *self,
                              const char        *name,
                              const char        *new_name,
                              GError           **error)
{
  WepDocument *doc;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (name != NULL && new_name != NULL, FALSE);

  doc = wep_session_get_document (self->session);
  if (!check_writable (self, error) || !check_exists (self, name, error)
      || !wep_document_check_scenario_name (doc, new_name, NULL, error)
      || !wep_document_begin_change (doc, _("Duplicate Scenario"), error))
    return FALSE;
  ok = wep_document_duplicate_scenario (doc, name, new_name, error);
  wep_document_end_change (doc);
  if (ok)
    wep_session_set_scenario (self->session, new_name);
  return ok;
}

gboolean
wep_scenarios_view_rename (WepScenariosView  *self,
                           const char        *name,
                           const char        *new_name,
                           GError           **error)
{
  WepDocument *doc;
  gboolean was_current, ok;

  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (name != NULL && new_name != NULL, FALSE);

  doc = wep_session_get_document (self->session);
  if (!check_writable (self, error) || !check_exists (self, name, error)
      || !wep_document_check_scenario_name (doc, new_name, name, error))
    return FALSE;
  if (g_str_equal (name, new_name))
    return TRUE;
  if (!wep_document_begin_change (doc, _("Rename Scenario"), error))
    return FALSE;
  was_current = g_strcmp0 (wep_session_get_scenario (self->session), name) == 0;
  ok = wep_document_rename_scenario (doc, name, new_name, error);
  /* Before the change ends: the session follows the new name rather than
   * falling back to the first scenario. */
  if (ok && was_current)
    wep_session_set_scenario (self->session, new_name);
  if (ok && g_strcmp0 (self->compare_a, name) == 0)
    _wep_scenarios_view_set_string (&self->compare_a, new_name);
  if (ok && g_strcmp0 (self->compare_b, name) == 0)
    _wep_scenarios_view_set_string (&self->compare_b, new_name);
  wep_document_end_change (doc);
  return ok;
}

gboolean
wep_scenarios_view_delete (WepScenariosView  *self,
                           const char        *name,
                           GError           **error)
{
  WepDocument *doc;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  doc = wep_session_get_document (self->session);
  if (!check_writable (self, error) || !check_exists (self, name, error)
      || !wep_document_begin_change (doc, _("Delete Scenario"), error))
    return FALSE;
  ok = wep_document_delete_scenario (doc, name, error);
  wep_document_end_change (doc);
  return ok;
}
