/* wep-chart-widget-data.c: what a WepChart shows — made from the session
 * when it is drawn, made again after every change the session reports —
 * and the fair share, computed in a worker thread from a copy of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-chart-widget-private.h"

/* ---- the style --------------------------------------------------------- */

static WepColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (WepColor) { rgba->red, rgba->green, rgba->blue };
}

static WepColor
mix (WepColor a,
     WepColor b,
     double   t)
{
  return (WepColor) { a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t,
                      a.blue + (b.blue - a.blue) * t };
}

void
_wep_chart_style_from_widget (WepChart      *self,
                              WepChartStyle *style,
                              gboolean       light)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  G_GNUC_END_IGNORE_DEPRECATIONS
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  GtkRequisition button;
  GdkRGBA fg, bg, window;

  g_assert (WEP_IS_CHART (self));

  if (light)
    wep_chart_style_init_light (style);
  else
    {
      /* The card's colours, which follow the light or dark style. */
      gtk_style_context_get_color (context, &fg);
      if (!gtk_style_context_lookup_color (context, "card_bg_color", &bg))
        bg = (GdkRGBA) { 1, 1, 1, 1 };
      if (!gtk_style_context_lookup_color (context, "window_bg_color", &window))
        window = (GdkRGBA) { 1, 1, 1, 1 };
      wep_chart_style_init_light (style);
      style->foreground = color_from_rgba (&fg);
      /* A dark card is a veil of white over the window: what shows. */
      style->background = mix (color_from_rgba (&window), color_from_rgba (&bg), bg.alpha);
      style->grid = mix (style->background, style->foreground, 0.13);
      style->fill_background = FALSE;
      gtk_widget_get_preferred_size (self->menu_button, NULL, &button);
      style->title_reserve = button.width + 6;
    }
  /* The interface's font. */
  if (font != NULL && pango_font_description_get_family (font) != NULL
      && g_strcmp0 (self->font_family, pango_font_description_get_family (font)) != 0)
    {
      g_free (self->font_family);
      self->font_family = g_strdup (pango_font_description_get_family (font));
    }
  style->font_family = self->font_family;
}

/* ---- the data ---------------------------------------------------------- */

static void
update_description (WepChart *self)
{
  g_autofree char *description = wep_chart_data_describe (self->data);

  if (g_strcmp0 (description, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_steal_pointer (&description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

static void start_fair_share (WepChart *self);

void
_wep_chart_ensure_data (WepChart *self)
{
  WepChartSources sources = { NULL };
  WepChartSelection selection;

  g_assert (WEP_IS_CHART (self));

  if (self->data != NULL)
    return;
  /* The fair share runs goal seeks of its own: only for a chart shown. */
  if (self->kind == WEP_CHART_FAIR_SHARE && self->fair_share_stale
      && gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_fair_share (self);

  if (self->session != NULL)
    {
      sources = (WepChartSources) {
        .document = wep_session_get_document (self->session),
        .scenario = wep_session_get_scenario (self->session),
        .input = wep_session_get_input (self->session),
        .results = wep_session_get_results (self->session),
        .problem = wep_session_get_problem (self->session),
        .needs = wep_session_get_needs (self->session),
        .uncertainty = wep_session_get_uncertainty (self->session),
        .fair_share = self->fair_share,
        .fair_share_problem = self->fair_share_problem,
        .busy = wep_session_get_busy (self->session),
      };
    }
  selection = (WepChartSelection) { self->region, self->year, self->column,
                                    self->other_scenario };
  self->data = wep_chart_data_build (self->kind, &sources, &selection);
  if (self->cursor_category >= (int) self->data->n_categories
      || self->cursor_panel >= self->data->n_panels)
    self->cursor_category = -1;
  if (self->hover_category >= (int) self->data->n_categories)
    self->hover_category = -1;
  update_description (self);
}

void
_wep_chart_invalidate (WepChart *self)
{
  g_assert (WEP_IS_CHART (self));

  g_clear_pointer (&self->data, wep_chart_data_free);
  /* Made again when next measured or drawn; a hidden chart waits until
   * it is shown. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
wep_chart_get_busy (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), FALSE);

  return self->fair_share_cancellable != NULL;
}

/* ---- the fair share ---------------------------------------------------- */

typedef struct
{
  WepDocument     *copy;
  char            *scenario;
  WepFairShareKey  key;
} FairShareJob;

static void
fair_share_job_free (gpointer data)
{
  FairShareJob *job = data;

  g_clear_object (&job->copy);
  g_free (job->scenario);
  g_free (job);
}

static void
fair_share_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  FairShareJob *job = task_data;
  GError *error = NULL;
  WepFairShare *fair_share = wep_fair_share_compute (job->copy, job->scenario, job->key, &error);

  if (fair_share == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, fair_share, (GDestroyNotify) wep_fair_share_free);
}

static void
fair_share_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (WepChart) self = user_data;
  g_autoptr (GError) error = NULL;
  WepFairShare *fair_share = g_task_propagate_pointer (G_TASK (result), &error);

  /* A newer change started another: this one is out of date. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&fair_share, wep_fair_share_free);
      return;
    }
  g_clear_object (&self->fair_share_cancellable);
  g_clear_pointer (&self->fair_share, wep_fair_share_free);
  g_clear_pointer (&self->fair_share_problem, g_free);
  self->fair_share = fair_share;
  if (error != NULL)
    self->fair_share_problem = g_strdup (error->message);
  _wep_chart_invalidate (self);
}

static void
start_fair_share (WepChart *self)
{
  WepDocument *doc = wep_session_get_document (self->session);
  const char *scenario = wep_session_get_scenario (self->session);
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  FairShareJob *job;

  g_assert (WEP_IS_CHART (self));

  self->fair_share_stale = FALSE;
  g_cancellable_cancel (self->fair_share_cancellable);
  g_clear_object (&self->fair_share_cancellable);
  g_clear_pointer (&self->fair_share, wep_fair_share_free);
  g_clear_pointer (&self->fair_share_problem, g_free);
  if (scenario == NULL || wep_session_get_input (self->session) == NULL)
    return;

  /* A plan is not to be shared between threads: the worker reads a copy. */
  job = g_new0 (FairShareJob, 1);
  job->copy = wep_document_copy (doc, &error);
  job->scenario = g_strdup (scenario);
  job->key = wep_session_get_fair_share_key (self->session);
  if (job->copy == NULL)
    {
      self->fair_share_problem = g_strdup (error->message);
      fair_share_job_free (job);
      return;
    }
  self->fair_share_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->fair_share_cancellable, fair_share_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_fair_share);
  g_task_set_task_data (task, job, fair_share_job_free);
  g_task_run_in_thread (task, fair_share_thread);
}

/* ---- following the session -------------------------------------------- */

static void
session_changed_cb (WepChart *self)
{
  g_assert (WEP_IS_CHART (self));

  /* The fair share depends on the plan, the scenario and the key; it is
   * computed again when the chart is next made. */
  if (self->kind == WEP_CHART_FAIR_SHARE)
    {
      g_cancellable_cancel (self->fair_share_cancellable);
      g_clear_object (&self->fair_share_cancellable);
      g_clear_pointer (&self->fair_share, wep_fair_share_free);
      g_clear_pointer (&self->fair_share_problem, g_free);
      self->fair_share_stale = TRUE;
    }
  _wep_chart_invalidate (self);
}

static void
work_changed_cb (WepChart *self)
{
  g_assert (WEP_IS_CHART (self));

  /* Only what the goal seek or the uncertainty runs give (or the message
   * while they run) changes. */
  if (self->kind == WEP_CHART_NEEDS || self->kind == WEP_CHART_UNCERTAINTY)
    _wep_chart_invalidate (self);
}

void
_wep_chart_connect_session (WepChart *self)
{
  g_assert (WEP_IS_CHART (self));

  g_signal_connect_object (self->session, "results-changed", G_CALLBACK (session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::fair-share-key",
                           G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "needs-changed", G_CALLBACK (work_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "uncertainty-changed", G_CALLBACK (work_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (work_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->fair_share_stale = TRUE;
}

void
_wep_chart_dispose_data (WepChart *self)
{
  g_assert (WEP_IS_CHART (self));

  g_cancellable_cancel (self->fair_share_cancellable);
  g_clear_object (&self->fair_share_cancellable);
  g_clear_pointer (&self->fair_share, wep_fair_share_free);
  g_clear_pointer (&self->fair_share_problem, g_free);
  g_clear_pointer (&self->data, wep_chart_data_free);
}
