/* wep-bench-gui.c: how fast the window is
 *
 * 1. Start to first frame: the real program, started with --example, from
 *    the moment it is spawned until it says its window's first frame is
 *    painted (WEP_BENCH_FIRST_FRAME, see wep-application.c).
 * 2. Input change to repainted Overzicht, with a 43-region scenario
 *    (wep-bench-scenario.c) in the window: an edit as the Aannames page
 *    makes it (one inflow figure, stored in the plan between begin_change
 *    and end_change, which recomputes the model and updates every view),
 *    then the next frame's layout and paint.
 *
 * Needs a display (xvfb-run); without one it skips (exit 77).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <adwaita.h>

#include "wep-bench-scenario.h"
#include "wep-example.h"
#include "wep-window.h"

#define N_STARTS  7
#define N_CHANGES 60
#define BENCH_SCENARIO "Benchmark 43 regio's"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

static double
percentile_90 (double *v,
               guint   n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return v[MIN (n - 1, (guint) (0.9 * (n - 1) + 0.5))];
}

/* ---- 1. start to first frame ------------------------------------------ */

static double
start_to_first_frame (void)
{
  const char *argv[] = { WEP_APP_PATH, "--example", NULL };
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GDataInputStream) out = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 start;
  double ms;

  g_subprocess_launcher_setenv (launcher, "WEP_BENCH_FIRST_FRAME", "1", TRUE);
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    g_error ("%s: %s", WEP_APP_PATH, error->message);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line (out, NULL, NULL, &error)) != NULL)
    {
      if (g_str_has_prefix (line, "first-frame"))
        break;
      g_clear_pointer (&line, g_free);
    }
  if (line == NULL)
    g_error ("%s never said it painted its first frame", WEP_APP_PATH);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_subprocess_wait (process, NULL, NULL);
  return ms;
}

/* ---- 2. input change to repainted overview ------------------------------ */

typedef struct
{
  gint64 start;    /* the frame's layout (or, without one, its paint) began */
  gint64 painted;  /* its paint ended */
} Frame;

static void
phase_cb (GdkFrameClock *clock,
          Frame         *frame)
{
  if (frame->start == 0)
    frame->start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->start != 0 && frame->painted == 0)
    frame->painted = g_get_monotonic_time ();
}

static void
wait_for_frame (Frame *frame)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (frame->painted == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (frame->painted == 0)
    g_error ("no frame was painted within 5 s");
}

static void
change_inflow (WepDocument   *document,
               WepModelInput *input,
               guint          i)
{
  g_autoptr (GError) error = NULL;
  WepRegionInput *region = wep_model_input_region (input, i % N_REGIONS);

  /* Up and down by 10 in turn, in a different region and year each time. */
  region->yearly[WEP_Y_INFLOW][i % input->horizon_years] += (i / N_REGIONS) % 2 ? -10 : 10;
  if (!wep_document_begin_change (document, "Aanname wijzigen", &error)
      || !wep_document_store_scenario_region (document, BENCH_SCENARIO, input,
                                              i % N_REGIONS, &error))
    g_error ("%s", error->message);
  wep_document_end_change (document);
}

static void
measure_changes (double *handling,
                 double *frame_work,
                 double *total,
                 double *wall)
{
  g_autoptr (WepDocument) document = wep_example_document ();
  g_autoptr (WepModelInput) input = wep_bench_scenario_43_regions ();
  g_autoptr (GError) error = NULL;
  WepWindow *window = wep_window_new (NULL);
  GdkFrameClock *clock;
  Frame frame = { 0 };

  if (!wep_document_store_scenario (document, BENCH_SCENARIO, input, 1, &error))
    g_error ("%s", error->message);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wep_window_set_document (window, document);
  wep_session_set_scenario (wep_window_get_session (window), BENCH_SCENARIO);
  g_assert (wep_session_get_results (wep_window_get_session (window))->regions->len == N_REGIONS);
  gtk_window_present (GTK_WINDOW (window));

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), &frame);
  g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  /* Settle: the first frames, and the background work they started. */
  for (guint i = 0; i < 10; i++)
    {
      frame = (Frame) { 0 };
      gtk_widget_queue_draw (GTK_WIDGET (window));
      wait_for_frame (&frame);
    }

  for (guint i = 0; i < N_CHANGES; i++)
    {
      gint64 start, handled;

      frame = (Frame) { 0 };
      start = g_get_monotonic_time ();
      change_inflow (document, input, i);
      handled = g_get_monotonic_time ();
      wait_for_frame (&frame);
      handling[i] = (handled - start) / 1000.0;
      frame_work[i] = (frame.painted - frame.start) / 1000.0;
      total[i] = handling[i] + frame_work[i];
      wall[i] = (frame.painted - start) / 1000.0;
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  double starts[N_STARTS];
  double handling[N_CHANGES], frame_work[N_CHANGES], total[N_CHANGES], wall[N_CHANGES];

  if (!gtk_init_check ())
    {
      g_printerr ("wep-bench-gui: no display; run it under xvfb-run\n");
      return 77;
    }
  adw_init ();

  for (guint i = 0; i < N_STARTS; i++)
    {
      starts[i] = start_to_first_frame ();
      if (g_getenv ("WEP_BENCH_VERBOSE") != NULL)
        g_printerr ("start %u: %.0f ms\n", i + 1, starts[i]);
    }
  {
    double mid = median (starts, N_STARTS);  /* sorts them */

    g_print ("start to first frame with the example open: %.0f ms "
             "(median of %d starts, slowest %.0f; target < 400)\n",
             mid, N_STARTS, starts[N_STARTS - 1]);
  }

  measure_changes (handling, frame_work, total, wall);
  g_print ("input change to repainted Overzicht, %d regions (%d changes, renderer %s):\n",
           N_REGIONS, N_CHANGES,
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "GTK's choice");
  g_print ("  change handled (plan, model, views): median %.2f ms, 90%% %.2f ms\n",
           median (handling, N_CHANGES), percentile_90 (handling, N_CHANGES));
  g_print ("  next frame, layout and paint:        median %.2f ms, 90%% %.2f ms\n",
           median (frame_work, N_CHANGES), percentile_90 (frame_work, N_CHANGES));
  g_print ("  both together:                       median %.2f ms, 90%% %.2f ms (target < 16)\n",
           median (total, N_CHANGES), percentile_90 (total, N_CHANGES));
  g_print ("  wall time until painted, incl. waiting for the frame clock: median %.2f ms\n",
           median (wall, N_CHANGES));
  return 0;
}
