/* save-child.c: the process that test-save-kill kills while it saves
 *
 *   save-child PLAN VERSION
 *
 * Opens PLAN for editing, makes it content version VERSION (title
 * "version VERSION", the scenario "Basis" with seed VERSION) and saves it.
 * Four municipalities get a boundary of 2 MiB, the same every time, so
 * that a save takes long enough for a kill to land in the middle of it.
 * "saving" is written to stdout just before the save starts and "saved
 * MICROSECONDS" once it is done; the parent starts its clock on the first.
 *
 * Exit status: 0 saved, 1 an error, 2 usage, 3 the plan opened read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "wep-document.h"
#include "wep-example.h"

#define BULK_BYTES (2 * 1024 * 1024)

static const char *const bulk_municipalities[] = { "GM0193", "GM0166", "GM0177", "GM0148" };

static int
fail (const char *what,
      GError     *error)
{
  g_printerr ("save-child: %s: %s\n", what, error != NULL ? error->message : "?");
  return 1;
}

/* The same bytes every time: a save writes the same bulk whatever the
 * version. */
static GBytes *
bulk (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261127);
  guint32 *words = g_malloc (BULK_BYTES);

  for (gsize i = 0; i < BULK_BYTES / sizeof *words; i++)
    words[i] = g_rand_int (rand);
  return g_bytes_new_take (words, BULK_BYTES);
}

static void
say (const char *line)
{
  /* Unbuffered: the parent waits for it. */
  if (write (STDOUT_FILENO, line, strlen (line)) != (gssize) strlen (line))
    _exit (1);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GBytes) geometry = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *done = NULL;
  guint64 version;
  gint64 start;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 0, G_MAXINT32, &version, NULL))
    {
      g_printerr ("Usage: save-child PLAN VERSION\n");
      return 2;
    }

  doc = wep_document_open (argv[1], WEP_OPEN_DEFAULT, &error);
  if (doc == NULL)
    return fail (argv[1], error);
  if (wep_document_get_read_only (doc))
    {
      g_printerr ("save-child: %s: read-only: %s\n", argv[1],
                  wep_document_get_read_only_reason (doc));
      return 3;
    }

  geometry = bulk ();
  for (guint i = 0; i < G_N_ELEMENTS (bulk_municipalities); i++)
    if (!wep_document_set_boundary (doc, bulk_municipalities[i], geometry, "save-child", 2025, 1,
                                    &error))
      return fail ("boundary", error);

  title = g_strdup_printf ("version %" G_GUINT64_FORMAT, version);
  if (!wep_document_set_meta (doc, "title", title, &error))
    return fail ("title", error);

  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  if (input == NULL)
    return fail ("scenario", error);
  input->has_seed = TRUE;
  input->seed = version;
  if (!wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, 1, &error))
    return fail ("scenario", error);

  say ("saving\n");
  start = g_get_monotonic_time ();
  if (!wep_document_save (doc, &error))
    return fail ("save", error);
  done = g_strdup_printf ("saved %" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
  say (done);

  wep_document_close (doc);
  return 0;
}
