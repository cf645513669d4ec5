/* wep-assumptions-view.c: the "Aannames" page — the model input of the
 * current scenario for one region, edited in place
 *
 * The page follows the session: after every change of the plan it shows
 * the values of the scenario's input for the chosen region, in place; the
 * grid of years is made again only when the model years change, and the
 * region list only when the regions do. What the data alone give
 * (wep_document_scenario_derived) tells which values are the scenario's
 * own. A plan that cannot be computed gets a status page saying why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-assumptions-view-private.h"

G_DEFINE_FINAL_TYPE (WepAssumptionsView, wep_assumptions_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SELECTED_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- following the session --------------------------------------------- */

static void
show_problem_page (WepAssumptionsView *self)
{
  const char *problem = self->session != NULL ? wep_session_get_problem (self->session) : NULL;

  if (problem != NULL)
    {
      adw_status_page_set_icon_name (self->problem_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->problem_page, _("The Assumptions Cannot Be Shown"));
      adw_status_page_set_description (self->problem_page, problem);
    }
  else
    {
      adw_status_page_set_icon_name (self->problem_page, "document-edit-symbolic");
      adw_status_page_set_title (self->problem_page, _("No Scenario Yet"));
      adw_status_page_set_description (self->problem_page,
                                       _("The assumptions belong to a scenario. Add the region’s "
                                         "municipalities, figures and plans, and a scenario: "
                                         "its assumptions appear here."));
    }
  gtk_stack_set_visible_child_name (self->stack, "problem");
}

/* Fills the region list again, but only when the regions changed. */
static void
sync_regions (WepAssumptionsView  *self,
              const WepModelInput *input)
{
  g_autoptr (GString) key = g_string_new (NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) names = NULL;

  for (guint i = 0; i < input->regions->len; i++)
    {
      g_string_append (key, wep_model_input_region (input, i)->name);
      g_string_append_c (key, '\n');
      g_strv_builder_add (builder, wep_model_input_region (input, i)->name);
    }
  if (g_strcmp0 (key->str, self->regions_key) == 0)
    return;
  g_free (self->regions_key);
  self->regions_key = g_string_free (g_steal_pointer (&key), FALSE);

  names = g_strv_builder_end (builder);
  self->updating = TRUE;
  gtk_string_list_splice (self->region_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->region_names)),
                          (const char * const *) names);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->region_dropdown), input->regions->len > 1);
}

static void
refresh (WepAssumptionsView *self)
{
  const WepModelInput *input;
  const WepRegionInput *region;
  g_autofree char *scenario_text = NULL;
  gboolean overwrite = !self->storing;
  guint index = 0;

  if (self->session == NULL)
    return;
  input = wep_session_get_input (self->session);
  g_clear_pointer (&self->derived, wep_model_input_free);
  if (input == NULL || input->regions->len == 0)
    {
      show_problem_page (self);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "input");
  self->derived = wep_document_scenario_derived (wep_session_get_document (self->session),
                                                 wep_session_get_scenario (self->session), NULL);

  sync_regions (self, input);
  for (guint i = 0; self->selected_region != NULL && i < input->regions->len; i++)
    if (g_strcmp0 (wep_model_input_region (input, i)->name, self->selected_region) == 0)
      index = i;
  region = wep_model_input_region (input, index);
  if (g_strcmp0 (self->shown_region, region->name) != 0)
    {
      /* What was typed for another region does not apply to this one. */
      g_free (self->shown_region);
      self->shown_region = g_strdup (region->name);
      overwrite = TRUE;
    }
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->region_dropdown, index);
  self->updating = FALSE;

  /* Translators: a scenario's name and its model years, e.g. "Scenario “Basis”, 2026–2035" */
  scenario_text = g_strdup_printf (_("Scenario “%s”, %d–%d"),
                                   wep_session_get_scenario (self->session), input->base_year,
                                   input->base_year + input->horizon_years - 1);
  gtk_label_set_text (self->scenario_label, scenario_text);
  if (wep_document_get_read_only (wep_session_get_document (self->session)))
    {
      g_autofree char *text = NULL;
      const char *reason =
        wep_document_get_read_only_reason (wep_session_get_document (self->session));

      text = g_strdup_printf (_("%s The assumptions of a read-only plan cannot be changed."),
                              reason != NULL ? reason : "");
      gtk_label_set_text (GTK_LABEL (self->read_only_label), text);
      gtk_widget_set_visible (self->read_only_label, TRUE);
    }
  else
    gtk_widget_set_visible (self->read_only_label, FALSE);

  if (input->base_year != self->base_year || input->horizon_years != self->n_years)
    {
      self->base_year = input->base_year;
      self->n_years = input->horizon_years;
      _wep_assumptions_build_years (self);
      overwrite = TRUE;
    }
  _wep_assumptions_sync_fields (self, overwrite);
}

static void
results_changed_cb (WepAssumptionsView *self)
{
  g_assert (WEP_IS_ASSUMPTIONS_VIEW (self));

  refresh (self);
}

static void
region_selected_cb (WepAssumptionsView *self,
                    GParamSpec         *pspec,
                    GtkDropDown        *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  g_assert (WEP_IS_ASSUMPTIONS_VIEW (self));

  if (self->updating || position == GTK_INVALID_LIST_POSITION)
    return;
  wep_assumptions_view_set_selected_region (self,
                                            gtk_string_list_get_string (self->region_names,
                                                                        position));
}

static void
cell_reset_clicked_cb (WepAssumptionsView *self)
{
  g_assert (WEP_IS_ASSUMPTIONS_VIEW (self));

  if (self->current_cell != NULL)
    _wep_assumptions_reset (self, self->current_cell, NULL);
}

/* ---- the object -------------------------------------------------------- */

static void
wep_assumptions_view_constructed (GObject *object)
{
  WepAssumptionsView *self = (WepAssumptionsView *) object;

  G_OBJECT_CLASS (wep_assumptions_view_parent_class)->constructed (object);

  g_assert (WEP_IS_SESSION (self->session));
  g_signal_connect_object (self->session, "results-changed", G_CALLBACK (results_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
wep_assumptions_view_dispose (GObject *object)
{
  WepAssumptionsView *self = (WepAssumptionsView *) object;

  /* No edits from focus changes while the widgets go, and no callbacks
   * into the fields from a widget that outlives the page (the window's
   * focus). */
  self->rebuilding = TRUE;
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    _wep_assumptions_disconnect_field (&self->scalars[k]);
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    _wep_assumptions_disconnect_field (g_ptr_array_index (self->cells, i));
  if (self->cell_range != NULL)
    _wep_range_editor_disconnect (self->cell_range);
  g_clear_object (&self->session);
  /* The stack is both the bin's child and a template child: let go of it
   * once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_ASSUMPTIONS_VIEW);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  self->current_cell = NULL;

  G_OBJECT_CLASS (wep_assumptions_view_parent_class)->dispose (object);
}

static void
wep_assumptions_view_finalize (GObject *object)
{
  WepAssumptionsView *self = (WepAssumptionsView *) object;

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    _wep_field_clear (&self->scalars[k]);
  g_clear_pointer (&self->cell_range, _wep_range_editor_free);
  g_clear_pointer (&self->derived, wep_model_input_free);
  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->shown_region, g_free);
  g_clear_pointer (&self->regions_key, g_free);

  G_OBJECT_CLASS (wep_assumptions_view_parent_class)->finalize (object);
}

static void
wep_assumptions_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WepAssumptionsView *self = WEP_ASSUMPTIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_assumptions_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WepAssumptionsView *self = WEP_ASSUMPTIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_set_object (&self->session, g_value_get_object (value));
      break;

    case PROP_SELECTED_REGION:
      wep_assumptions_view_set_selected_region (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_assumptions_view_class_init (WepAssumptionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_assumptions_view_constructed;
  object_class->dispose = wep_assumptions_view_dispose;
  object_class->finalize = wep_assumptions_view_finalize;
  object_class->get_property = wep_assumptions_view_get_property;
  object_class->set_property = wep_assumptions_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * WepAssumptionsView:selected-region:
   *
   * The region shown, by name; NULL (or a name the scenario lacks) shows
   * the scenario's first region.
   */
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/assumptions/"
                                               "wep-assumptions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, problem_page);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, region_names);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, sections);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, scalar_box);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, year_grid);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, cell_title);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, cell_source);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, cell_reset);
  gtk_widget_class_bind_template_child (widget_class, WepAssumptionsView, cell_range_box);
  gtk_widget_class_bind_template_callback (widget_class, region_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_reset_clicked_cb);

  /* The page's own few style rules (wep-assumptions-view.css). */
  if (gdk_display_get_default () != NULL)
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/io/github/woneneerst/Planner/assumptions/"
                                                     "wep-assumptions-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

static void
wep_assumptions_view_init (WepAssumptionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cell_range = _wep_range_editor_new (self);
  gtk_box_append (self->cell_range_box, self->cell_range->widget);
  _wep_assumptions_build_scalars (self);
}

/* ---- public ------------------------------------------------------------- */

GtkWidget *
wep_assumptions_view_new (WepSession *session)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_ASSUMPTIONS_VIEW, "session", session, NULL);
}

WepSession *
wep_assumptions_view_get_session (WepAssumptionsView *self)
{
  g_return_val_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self), NULL);

  return self->session;
}

const char *
wep_assumptions_view_get_selected_region (WepAssumptionsView *self)
{
  g_return_val_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self), NULL);

  return self->selected_region;
}

void
wep_assumptions_view_set_selected_region (WepAssumptionsView *self,
                                          const char         *region)
{
  g_return_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self));

  if (g_strcmp0 (self->selected_region, region) == 0)
    return;
  g_free (self->selected_region);
  self->selected_region = g_strdup (region);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

/* The field of key and year in region, which the page then shows. */
static AssumptionField *
field_for (WepAssumptionsView  *self,
           const char          *region,
           const char          *key,
           int                  year,
           GError             **error)
{
  const WepModelInput *input = wep_session_get_input (self->session);

  if (input == NULL)
    {
      g_set_error_literal (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                           wep_session_get_problem (self->session) != NULL
                           ? wep_session_get_problem (self->session)
                           : _("There is no scenario whose assumptions could be changed."));
      return NULL;
    }
  if (region != NULL && wep_model_input_find_region (input, region) == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no region “%s” in scenario “%s”."), region,
                   wep_session_get_scenario (self->session));
      return NULL;
    }
  if (region != NULL)
    wep_assumptions_view_set_selected_region (self, region);
  return _wep_assumptions_find_field (self, key, year, error);
}

gboolean
wep_assumptions_view_edit (WepAssumptionsView  *self,
                           const char          *region,
                           const char          *key,
                           int                  year,
                           const char          *text,
                           GError             **error)
{
  AssumptionField *field;

  g_return_val_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self), FALSE);
  g_return_val_if_fail (key != NULL && text != NULL, FALSE);

  if ((field = field_for (self, region, key, year, error)) == NULL)
    return FALSE;
  return _wep_assumptions_commit_text (self, field, text, error);
}

gboolean
wep_assumptions_view_set_range (WepAssumptionsView  *self,
                                const char          *region,
                                const char          *key,
                                int                  year,
                                const char          *low,
                                const char          *mode,
                                const char          *high,
                                GError             **error)
{
  AssumptionField *field;
  const char *texts[3] = { low, mode, high };

  g_return_val_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if ((field = field_for (self, region, key, year, error)) == NULL)
    return FALSE;
  return _wep_assumptions_commit_range (self, field, texts, error);
}

gboolean
wep_assumptions_view_reset (WepAssumptionsView  *self,
                            const char          *region,
                            const char          *key,
                            int                  year,
                            GError             **error)
{
  AssumptionField *field;

  g_return_val_if_fail (WEP_IS_ASSUMPTIONS_VIEW (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if ((field = field_for (self, region, key, year, error)) == NULL)
    return FALSE;
  return _wep_assumptions_reset (self, field, error);
}
