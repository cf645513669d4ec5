/* wep-session.c: an open plan as the window works on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-session.h"
#include "wep-uncertainty.h"

/* How often the window hears how far the background work is. */
#define PROGRESS_INTERVAL_MS 100

/* Shared by the session and its worker threads, which count what they
 * finished: a region's goal seek, or one run of the uncertainty layer. */
typedef struct
{
  gint  needs_done;
  gint  runs_done;
  guint n_needs;
  guint n_runs;
} WorkProgress;

struct _WepSession
{
  GObject         parent_instance;

  WepDocument    *document;
  char           *scenario;
  GStrv           names;          /* the plan's scenarios, as last seen */
  WepModelInput  *input;
  WepResults     *results;
  char           *problem;
  GPtrArray      *needs;
  WepUncertainty *uncertainty;
  GCancellable   *work_cancellable;
  WorkProgress   *progress;
  guint           progress_source;
  guint           n_running;
  guint           generation;
  WepFairShareKey fair_share_key;
};

G_DEFINE_FINAL_TYPE (WepSession, wep_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SCENARIO,
  PROP_BUSY,
  PROP_PROGRESS,
  PROP_FAIR_SHARE_KEY,
  N_PROPS
};

enum {
  RESULTS_CHANGED,
  NEEDS_CHANGED,
  UNCERTAINTY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GPtrArray *
compute_needs (const WepModelInput *input,
               WorkProgress        *progress,
               GCancellable        *cancellable)
{
  g_autoptr (GPtrArray) needs =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);

  for (guint i = 0; i < input->regions->len; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        return NULL;
      g_ptr_array_add (needs, wep_region_needs_compute (input, wep_model_input_region (input, i)));
      g_atomic_int_inc (&progress->needs_done);
    }
  return g_steal_pointer (&needs);
}

typedef struct
{
  WepModelInput *input;
  WorkProgress  *progress;
} WorkData;

static void
work_data_free (WorkData *data)
{
  wep_model_input_free (data->input);
  g_atomic_rc_box_release (data->progress);
  g_free (data);
}

static void
needs_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WorkData *data = task_data;
  GPtrArray *needs = compute_needs (data->input, data->progress, cancellable);

  if (needs == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  else
    g_task_return_pointer (task, needs, (GDestroyNotify) g_ptr_array_unref);
}

static void
uncertainty_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  WorkData *data = task_data;
  WepUncertaintyOptions options = { 0 };
  GError *error = NULL;
  WepUncertainty *uncertainty;

  /* All processors but one: the window keeps one for itself. */
  options.n_threads = MAX (1, (int) g_get_num_processors () - 1);
  uncertainty = wep_uncertainty_run (data->input, &options, &data->progress->runs_done,
                                     cancellable, &error);
  if (uncertainty == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, uncertainty, (GDestroyNotify) wep_uncertainty_free);
}

static void
update_progress (WepSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static gboolean
progress_cb (gpointer user_data)
{
  update_progress (WEP_SESSION (user_data));
  return G_SOURCE_CONTINUE;
}

/* A worker finished (or was overtaken): one fewer running. */
static gboolean
work_finished (WepSession *self,
               guint       generation)
{
  if (generation != self->generation)
    return FALSE;
  g_assert (self->n_running > 0);
  if (--self->n_running == 0)
    {
      g_clear_handle_id (&self->progress_source, g_source_remove);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
  update_progress (self);
  return TRUE;
}

static void
uncertainty_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  WepSession *self = WEP_SESSION (object);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr (GError) error = NULL;
  WepUncertainty *uncertainty = g_task_propagate_pointer (G_TASK (result), &error);

  if (!work_finished (self, generation) || uncertainty == NULL)
    {
      g_clear_pointer (&uncertainty, wep_uncertainty_free);
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Uncertainty runs failed: %s", error->message);
      return;
    }
  g_clear_pointer (&self->uncertainty, wep_uncertainty_free);
  self->uncertainty = uncertainty;
  g_signal_emit (self, signals[UNCERTAINTY_CHANGED], 0);
}

static gboolean
input_has_ranges (const WepModelInput *input)
{
  for (guint i = 0; i < input->regions->len; i++)
    if (wep_region_input_has_ranges (wep_model_input_region (input, i), input->horizon_years))
      return TRUE;
  return FALSE;
}

static void
start_work (WepSession      *self,
            GTaskThreadFunc  thread_func,
            GAsyncReadyCallback done)
{
  g_autoptr (GTask) task = NULL;
  WorkData *data = g_new0 (WorkData, 1);

  data->input = wep_model_input_copy (self->input);
  data->progress = g_atomic_rc_box_acquire (self->progress);
  task = g_task_new (self, self->work_cancellable, done, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, start_work);
  g_task_set_task_data (task, data, (GDestroyNotify) work_data_free);
  g_task_run_in_thread (task, thread_func);
  self->n_running++;
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
  if (generation != self->generation || needs == NULL)
    return;
  /* The uncertainty runs come after the goal seek, not beside it: one
   * worker at a time leaves the window a processor of its own. */
  if (self->progress->n_runs > 0)
    start_work (self, uncertainty_thread, uncertainty_done_cb);
  work_finished (self, generation);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  self->needs = g_steal_pointer (&needs);
  g_signal_emit (self, signals[NEEDS_CHANGED], 0);
}

/* Stops what the workers do for an older input. */
static void
cancel_work (WepSession *self)
{
  gboolean was_busy = self->n_running > 0;

  self->generation++;
  g_cancellable_cancel (self->work_cancellable);
  g_clear_object (&self->work_cancellable);
  g_clear_pointer (&self->progress, g_atomic_rc_box_release);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->n_running = 0;
  if (was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
wep_session_recompute (WepSession *self)
{
  g_autoptr (GError) error = NULL;
  gboolean had_uncertainty;

  g_return_if_fail (WEP_IS_SESSION (self));

  cancel_work (self);
  had_uncertainty = self->uncertainty != NULL;
  g_clear_pointer (&self->input, wep_model_input_free);
  g_clear_pointer (&self->results, wep_results_free);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->uncertainty, wep_uncertainty_free);
  g_clear_pointer (&self->problem, g_free);

  if (self->scenario != NULL)
    self->input = wep_document_scenario_input (self->document, self->scenario, &error);
  if (self->input != NULL)
    {
      self->results = wep_model_run (self->input);
      self->work_cancellable = g_cancellable_new ();
      self->progress = g_atomic_rc_box_new0 (WorkProgress);
      self->progress->n_needs = self->input->regions->len;
      /* The runs only tell something when an input has a range; they
       * start when the goal seek is done. */
      if (input_has_ranges (self->input))
        self->progress->n_runs = WEP_DEFAULT_RUNS;
      start_work (self, needs_thread, needs_done_cb);
      self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_cb, self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      update_progress (self);
    }
  else if (error != NULL)
    self->problem = g_strdup (error->message);

  g_signal_emit (self, signals[RESULTS_CHANGED], 0);
  if (had_uncertainty)
    g_signal_emit (self, signals[UNCERTAINTY_CHANGED], 0);
}

static void
document_changed_cb (WepSession  *self,
                     WepDocument *document)
{
  g_auto (GStrv) names = wep_document_list_scenarios (document);

  /* The scenario may have been renamed (one name went, one came: follow
   * it, also when undo takes a rename back) or deleted, or be the first. */
  if (self->scenario == NULL || !g_strv_contains ((const char *const *) names, self->scenario))
    {
      const char *renamed = NULL;
      guint n_new = 0;

      for (guint i = 0; self->scenario != NULL && self->names != NULL && names[i] != NULL; i++)
        if (!g_strv_contains ((const char *const *) self->names, names[i]))
          {
            renamed = names[i];
            n_new++;
          }
      g_free (self->scenario);
      self->scenario = g_strdup (n_new == 1 ? renamed : names[0]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO]);
    }
  g_strfreev (self->names);
  self->names = g_steal_pointer (&names);
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

  cancel_work (self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wep_session_parent_class)->dispose (object);
}

static void
wep_session_finalize (GObject *object)
{
  WepSession *self = WEP_SESSION (object);

  g_clear_pointer (&self->scenario, g_free);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->input, wep_model_input_free);
  g_clear_pointer (&self->results, wep_results_free);
  g_clear_pointer (&self->needs, g_ptr_array_unref);
  g_clear_pointer (&self->uncertainty, wep_uncertainty_free);
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
    case PROP_BUSY:
      g_value_set_boolean (value, wep_session_get_busy (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, wep_session_get_progress (self));
      break;
    case PROP_FAIR_SHARE_KEY:
      g_value_set_string (value, wep_fair_share_key_to_string (self->fair_share_key));
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
    case PROP_FAIR_SHARE_KEY:
      {
        WepFairShareKey key;

        if (wep_fair_share_key_from_string (g_value_get_string (value), &key))
          wep_session_set_fair_share_key (self, key);
        else
          g_warning ("“%s” is no fair-share key", g_value_get_string (value));
      }
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
  /**
   * WepSession:busy:
   *
   * The goal seek or the uncertainty runs of the current input are running.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WepSession:progress:
   *
   * How far the background work of the current input is, from 0 to 1;
   * notified about ten times a second while it runs.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WepSession:fair-share-key:
   *
   * The key of the fair share, by its name: "population",
   * "social-rental-stock", "lettings" or "equal".
   */
  properties[PROP_FAIR_SHARE_KEY] =
    g_param_spec_string ("fair-share-key", NULL, NULL,
                         wep_fair_share_key_to_string (WEP_FAIR_SHARE_POPULATION),
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
  /**
   * WepSession::uncertainty-changed:
   *
   * The uncertainty runs of the current input finished, or their results
   * were dropped because the input changed.
   */
  signals[UNCERTAINTY_CHANGED] = g_signal_new ("uncertainty-changed", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 0);
}

static void
wep_session_init (WepSession *self)
{
  self->fair_share_key = WEP_FAIR_SHARE_POPULATION;
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

const WepUncertainty *
wep_session_get_uncertainty (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), NULL);
  return self->uncertainty;
}

gboolean
wep_session_get_busy (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), FALSE);
  return self->n_running > 0;
}

double
wep_session_get_progress (WepSession *self)
{
  double done, total;

  g_return_val_if_fail (WEP_IS_SESSION (self), 0.0);

  if (self->progress == NULL)
    return 0.0;
  if (self->n_running == 0)
    return 1.0;
  /* A run of the uncertainty layer costs about as much as a region's goal
   * seek step; weigh them by count. */
  done = g_atomic_int_get (&self->progress->needs_done)
         + g_atomic_int_get (&self->progress->runs_done);
  total = self->progress->n_needs + self->progress->n_runs;
  return total > 0 ? CLAMP (done / total, 0.0, 1.0) : 1.0;
}

WepFairShareKey
wep_session_get_fair_share_key (WepSession *self)
{
  g_return_val_if_fail (WEP_IS_SESSION (self), WEP_FAIR_SHARE_POPULATION);
  return self->fair_share_key;
}

void
wep_session_set_fair_share_key (WepSession      *self,
                                WepFairShareKey  key)
{
  g_return_if_fail (WEP_IS_SESSION (self));
  g_return_if_fail (key < WEP_N_FAIR_SHARE_KEYS);

  if (self->fair_share_key == key)
    return;
  self->fair_share_key = key;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAIR_SHARE_KEY]);
}
