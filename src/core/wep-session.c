/* wep-session.c: an open plan as the window works on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-session.h"

struct _WepSession
{
  GObject         parent_instance;

  WepDocument    *document;
  char           *scenario;
  WepModelInput  *input;
  WepResults     *results;
  char           *problem;
  GPtrArray      *needs;
  GCancellable   *needs_cancellable;
  guint           generation;
};

G_DEFINE_FINAL_TYPE (WepSession, wep_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SCENARIO,
  N_PROPS
};

enum {
  RESULTS_CHANGED,
  NEEDS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GPtrArray *
compute_needs (const WepModelInput *input)
{
  GPtrArray *needs = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);

  for (guint i = 0; i < input->regions->len; i++)
    g_ptr_array_add (needs, wep_region_needs_compute (input, wep_model_input_region (input, i)));
  return needs;
}

static void
needs_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const WepModelInput *input = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, compute_needs (input), (GDestroyNotify) g_ptr_array_unref);
}

static void
needs_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  WepSession *self = WEP_SESSION (object);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr (GPtrArray) needs = g_task_propagate_pointer (G_TASK (result), NULL);

  /* A newer change started another goal seek: this one is out of date. */
  if (needs == NULL || generation != self->generation)
    return;
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  self->needs = g_steal_pointer (&needs);
  g_signal_emit (self, signals[NEEDS_CHANGED], 0);
}

void
wep_session_recompute (WepSession *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (WEP_IS_SESSION (self));

  self->generation++;
  g_cancellable_cancel (self->needs_cancellable);
  g_clear_object (&self->needs_cancellable);
  g_clear_pointer (&self->input, wep_model_input_free);
  g_clear_pointer (&self->results, wep_results_free);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  if (self->scenario != NULL)
    self->input = wep_document_scenario_input (self->document, self->scenario, &error);
  if (self->input != NULL)
    {
      self->results = wep_model_run (self->input);
      self->needs_cancellable = g_cancellable_new ();
      task = g_task_new (self, self->needs_cancellable, needs_done_cb,
                         GUINT_TO_POINTER (self->generation));
      g_task_set_source_tag (task, wep_session_recompute);
      g_task_set_task_data (task, wep_model_input_copy (self->input),
                            (GDestroyNotify) wep_model_input_free);
      g_task_run_in_thread (task, needs_thread);
    }
  else if (error != NULL)
    self->problem = g_strdup (error->message);

  g_signal_emit (self, signals[RESULTS_CHANGED], 0);
}

static void
document_changed_cb (WepSession  *self,
                     WepDocument *document)
{
  g_auto (GStrv) names = wep_document_list_scenarios (document);

  /* The scenario may have been renamed or deleted, or be the first. */
  if (self->scenario == NULL || !g_strv_contains ((const char *const *) names, self->scenario))
    {
      g_free (self->scenario);
      self->scenario = g_strdup (names[0]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
    }
  wep_session_recompute (self);
}

static void
wep_session_constructed (GObject *object)
{
  WepSession *self = WEP_SESSION (object);

  G_OBJECT_CLASS (wep_session_parent_class)->constructed (object);

  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  document_changed_cb (self, self->document);
}

static void
wep_session_dispose (GObject *object)
{
  WepSession *self = WEP_SESSION (object);

  g_cancellable_cancel (self->needs_cancellable);
  g_clear_object (&self->needs_cancellable);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wep_session_parent_class)->dispose (object);
}

static void
wep_session_finalize (GObject *object)
{
  WepSession *self = WEP_SESSION (object);

  g_clear_pointer (&self->scenario, g_free);
  g_clear_pointer (&self->input, wep_model_input_free);
  g_clear_pointer (&self->results, wep_results_free);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (wep_session_parent_class)->finalize (object);
}

static void
wep_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WepSession *self = WEP_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SCENARIO:
      g_value_set_string (value, self->scenario);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WepSession *self = WEP_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_SCENARIO:
      wep_session_set_scenario (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_session_class_init (WepSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wep_session_constructed;
  object_class->dispose = wep_session_dispose;
  object_class->finalize = wep_session_finalize;
  object_class->get_property = wep_session_get_property;
  object_class->set_property = wep_session_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WEP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCENARIO] =
    g_param_spec_string ("scenario", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WepSession::results-changed:
   *
   * The model input, the yearly results or the problem changed.
   */
  signals[RESULTS_CHANGED] = g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /**
   * WepSession::needs-changed:
   *
   * The goal seek of the current results finished.
   */
  signals[NEEDS_CHANGED] = g_signal_new ("needs-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
}

static void
wep_session_init (WepSession *self)
{
}

WepSession *
wep_session_new (WepDocument *document)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (document), NULL);

  return g_object_new (WEP_TYPE_SESSION, "document", document, NULL);
}

WepDocument *
wep_session_get_document (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->document;
}

const char *
wep_session_get_scenario (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->scenario;
}

void
wep_session_set_scenario (WepSession *self,
                          const char *scenario)
{
  g_return_if_fail (WEP_IS_SESSION (self));

  if (g_strcmp0 (self->scenario, scenario) == 0)
    return;
  g_free (self->scenario);
  self->scenario = g_strdup (scenario);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
  if (self->document != NULL)
    wep_session_recompute (self);
}

const WepModelInput *
wep_session_get_input (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->input;
}

const WepResults *
wep_session_get_results (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->results;
}

const char *
wep_session_get_problem (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->problem;
}

GPtrArray *
wep_session_get_needs (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->needs;
}
