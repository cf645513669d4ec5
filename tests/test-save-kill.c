/* test-save-kill.c: kill -9 at random moments during a save, 200 times
 *
 * save-child (tests/save-child.c) opens a plan, makes it content version
 * N and saves it; this test kills it at a random moment of that save.
 * Every time, the file that is left must pass `wep check` and hold the old
 * content or the new one, never a mix of the two, whatever the moment:
 * before the temporary file was made, while it was written, after the
 * rename. The temporary files that the killed processes leave behind are
 * expected and removed as the test goes; the lock file they leave is
 * stale, and the next process takes it over.
 *
 * WEP (the `wep` command) and WEP_SAVE_CHILD (save-child) come from the
 * environment, as tests/meson.build sets them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wep-document.h"
#include "wep-example.h"
#include "wep-test-util.h"

#define N_RUNS         200
#define N_MEASUREMENTS 3

typedef enum
{
  LANDED_BEFORE_TEMP,    /* old content, no temporary file yet */
  LANDED_WRITING_TEMP,   /* old content, a temporary file left behind */
  LANDED_AFTER_RENAME,   /* new content, the process was killed */
  LANDED_AFTER_EXIT,     /* new content, the process had finished */
  N_LANDED
} Landed;

static const char *const landed_names[N_LANDED] = {
  "before the temporary file was made (old content)",
  "while the temporary file was written (old content)",
  "after the rename (new content)",
  "after the process had finished (new content)",
};

typedef struct
{
  char *dir;
  char *path;
  char *base;
  char *lock;
} Plan;

static void
plan_clear (Plan *p)
{
  g_clear_pointer (&p->dir, g_free);
  g_clear_pointer (&p->path, g_free);
  g_clear_pointer (&p->base, g_free);
  g_clear_pointer (&p->lock, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

/* One line from fd, without its newline; NULL at the end. */
static char *
read_line (int fd)
{
  g_autoptr (GString) line = g_string_new (NULL);
  char c;

  for (;;)
    {
      gssize n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return line->len > 0 ? g_string_free (g_steal_pointer (&line), FALSE) : NULL;
      if (c == '\n')
        return g_string_free (g_steal_pointer (&line), FALSE);
      g_string_append_c (line, c);
    }
}

static GPid
spawn_child (const Plan *plan,
             guint       version,
             int        *out)
{
  g_autofree char *number = g_strdup_printf ("%u", version);
  const char *argv[] = { g_getenv ("WEP_SAVE_CHILD"), plan->path, number, NULL };
  g_autoptr (GError) error = NULL;
  GPid pid = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, out, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

static int
wait_child (GPid pid)
{
  int status = 0;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);
  return status;
}

/* Waits for the child to start saving; a child that ends before that has
 * failed (it says why on stderr). */
static void
wait_for_saving (GPid  pid,
                 int   out,
                 guint version)
{
  g_autofree char *line = read_line (out);

  if (g_strcmp0 (line, "saving") != 0)
    {
      int status = wait_child (pid);

      g_error ("save-child for version %u ended before saving (%s %d)", version,
               WIFEXITED (status) ? "exit status" : "signal",
               WIFEXITED (status) ? WEXITSTATUS (status) : WTERMSIG (status));
    }
}

/* A save that is not interrupted; returns how long it took, in µs. */
static gint64
save_whole (const Plan *plan,
            guint       version)
{
  int out = -1;
  GPid pid = spawn_child (plan, version, &out);
  g_autofree char *line = NULL;
  gint64 duration = 0;
  int status;

  wait_for_saving (pid, out, version);
  line = read_line (out);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "saved "));
  duration = g_ascii_strtoll (line + strlen ("saved "), NULL, 10);
  close (out);
  status = wait_child (pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpint (duration, >, 0);
  return duration;
}

static void
run_wep_check (const Plan *plan)
{
  const char *argv[] = { g_getenv ("WEP"), "check", plan->path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("wep check %s failed (status %d): %s%s", plan->path, status, out, err);
}

/* The content version the plan holds; its title and its scenario's seed
 * must agree, or the file is a mix of two saves. */
static guint
content_version (const Plan *plan)
{
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  guint64 version = 0;

  doc = wep_document_open (plan->path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  title = wep_document_get_meta (doc, "title");
  g_assert_nonnull (title);
  if (!g_str_has_prefix (title, "version ")
      || !g_ascii_string_to_unsigned (title + strlen ("version "), 10, 0, G_MAXINT32, &version,
                                      NULL))
    g_error ("unexpected title “%s”", title);

  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_true (input->has_seed);
  g_assert_cmpuint (input->seed, ==, version);
  return version;
}

/* Removes the temporary files killed saves left; returns how many. Only
 * the plan, its lock and such files may be in the folder. */
static guint
remove_temporaries (const Plan *plan)
{
  g_autoptr (GDir) dir = g_dir_open (plan->dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (".", plan->base, ".", NULL);
  g_autofree char *lock_name = g_path_get_basename (plan->lock);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (plan->dir, name, NULL);

      if (g_str_equal (name, plan->base) || g_str_equal (name, lock_name))
        continue;
      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        g_error ("unexpected file next to the plan: %s", name);
      g_assert_cmpint (g_unlink (path), ==, 0);
      n++;
    }
  return n;
}

static void
test_save_kill (void)
{
  g_auto (Plan) plan = { 0 };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  guint counts[N_LANDED] = { 0 };
  g_autofree char *lock_name = NULL;
  gint64 save_time = 0, window, start;
  guint last, n_temporaries = 0;

  if (g_getenv ("WEP") == NULL || g_getenv ("WEP_SAVE_CHILD") == NULL)
    {
      g_test_skip ("WEP and WEP_SAVE_CHILD are not set (run it with meson test)");
      return;
    }

  plan.dir = g_dir_make_tmp ("wep-save-kill-XXXXXX", &error);
  g_assert_no_error (error);
  plan.base = g_strdup ("kill.weplan");
  plan.path = g_build_filename (plan.dir, plan.base, NULL);
  lock_name = g_strdup_printf (".~lock.%s#", plan.base);
  plan.lock = g_build_filename (plan.dir, lock_name, NULL);

  /* The plan at content version 0, and how long one save takes. */
  doc = wep_example_document ();
  wep_document_save_as (doc, plan.path, &error);
  g_assert_no_error (error);
  wep_document_close (doc);
  g_clear_object (&doc);
  for (guint v = 0; v < N_MEASUREMENTS; v++)
    save_time = MAX (save_time, save_whole (&plan, v));
  last = N_MEASUREMENTS - 1;
  g_assert_cmpuint (content_version (&plan), ==, last);
  run_wep_check (&plan);

  /* A little longer than a save, so that some kills come after it. */
  window = save_time * 5 / 4;
  g_test_message ("a save takes %.1f ms; killing at 0 to %.1f ms into it", save_time / 1000.0,
                  window / 1000.0);

  start = g_get_monotonic_time ();
  for (guint run = 0; run < N_RUNS; run++)
    {
      guint version = N_MEASUREMENTS + run;
      int out = -1;
      GPid pid = spawn_child (&plan, version, &out);
      gboolean finished;
      guint found, left;
      int status;

      wait_for_saving (pid, out, version);
      g_usleep (g_test_rand_int_range (0, (gint32) window + 1));
      kill (pid, SIGKILL);
      status = wait_child (pid);
      close (out);
      if (WIFEXITED (status) && WEXITSTATUS (status) != 0)
        g_error ("save-child for version %u failed with exit status %d", version,
                 WEXITSTATUS (status));
      finished = WIFEXITED (status);

      run_wep_check (&plan);
      found = content_version (&plan);
      left = remove_temporaries (&plan);
      n_temporaries += left;

      if (found == last)
        {
          g_assert_false (finished);
          counts[left > 0 ? LANDED_WRITING_TEMP : LANDED_BEFORE_TEMP]++;
        }
      else if (found == version)
        {
          /* The rename used the temporary file up. */
          g_assert_cmpuint (left, ==, 0);
          counts[finished ? LANDED_AFTER_EXIT : LANDED_AFTER_RENAME]++;
          last = version;
        }
      else
        g_error ("run %u: the plan holds version %u, neither the old %u nor the new %u", run,
                 found, last, version);
    }

  g_test_message ("%u kills in %.1f s; %u temporary files left behind and removed", N_RUNS,
                  (g_get_monotonic_time () - start) / 1e6, n_temporaries);
  for (guint i = 0; i < N_LANDED; i++)
    g_test_message ("  %3u landed %s", counts[i], landed_names[i]);

  /* The kills did land in the middle of saves: both outcomes happened. */
  g_assert_cmpuint (counts[LANDED_BEFORE_TEMP] + counts[LANDED_WRITING_TEMP], >, 0);
  g_assert_cmpuint (counts[LANDED_AFTER_RENAME] + counts[LANDED_AFTER_EXIT], >, 0);

  /* The last killed process's lock is stale: opening takes it over. */
  doc = wep_document_open (plan.path, WEP_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (wep_document_get_read_only (doc));
  wep_document_close (doc);
  g_assert_false (g_file_test (plan.lock, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (remove_temporaries (&plan), ==, 0);

  g_assert_cmpint (g_unlink (plan.path), ==, 0);
  g_assert_cmpint (g_rmdir (plan.dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/document/save-kill", test_save_kill);

  return g_test_run ();
}
