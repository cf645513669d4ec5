/* wep-test-util.c: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/wait.h>

#include "wep-test-util.h"

static double
uniform (GRand  *rand,
         double  lo,
         double  hi)
{
  return g_rand_double_range (rand, lo, hi);
}

/* Sometimes exactly a boundary value, to reach the edges of the rules. */
static double
edgy (GRand  *rand,
      double  lo,
      double  hi)
{
  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      return lo;
    case 1:
      return hi;
    default:
      return uniform (rand, lo, hi);
    }
}

WepModelInput *
wep_test_random_input (GRand *rand,
                       guint  n_regions)
{
  int horizon = g_rand_int_range (rand, 1, 13);
  WepModelInput *input = wep_model_input_new (g_rand_int_range (rand, 2020, 2040), horizon);

  for (guint i = 0; i < n_regions; i++)
    {
      g_autofree char *name = g_strdup_printf ("Regio %u", i + 1);
      WepRegionInput *r = wep_model_input_add_region (input, name);
      double *s = r->scalar;
      double w[4], sum = 0.0;

      for (guint k = 0; k < 4; k++)
        sum += (w[k] = edgy (rand, 0.0, 1.0));
      if (sum == 0.0)
        w[3] = sum = 1.0;
      s[WEP_S_MIX_HF] = w[0] / sum;
      s[WEP_S_MIX_IND] = w[1] / sum;
      s[WEP_S_MIX_GRP] = w[2] / sum;
      s[WEP_S_MIX_OWN] = w[3] / sum;
      for (guint k = 0; k < 4; k++)
        s[WEP_S_READY_MONTHS_HF + k] = edgy (rand, 0.0, 24.0);
      for (guint k = 0; k < 3; k++)
        {
          s[WEP_S_RELAPSE_HF + k] = edgy (rand, 0.0, 0.95);
          s[WEP_S_SUPPORT_END_HF + k] = edgy (rand, 0.0, 0.95);
          s[WEP_S_HOUSED0_HF + k] = edgy (rand, 0.0, 2000.0);
          s[WEP_S_COST_SUPPORT_HF + k] = uniform (rand, 0.0, 50000.0);
          s[WEP_S_COST_UNIT_HF + k] = uniform (rand, 0.0, 200000.0);
        }
      s[WEP_S_HOMELESS0] = edgy (rand, 0.0, 5000.0);
      s[WEP_S_EXIT_READY0] = edgy (rand, 0.0, 1.0) * s[WEP_S_HOMELESS0];
      s[WEP_S_GRP_PLACES0] = s[WEP_S_HOUSED0_GRP] + edgy (rand, 0.0, 500.0);
      s[WEP_S_COST_SHELTER] = uniform (rand, 0.0, 60000.0);
      s[WEP_S_COST_UNSHELTERED] = uniform (rand, 0.0, 60000.0);
      s[WEP_S_TARGET_YEAR] = input->base_year + g_rand_int_range (rand, 0, horizon);
      s[WEP_S_MAX_WAIT_MONTHS] = uniform (rand, 0.5, 12.0);

      for (int y = 0; y < horizon; y++)
        {
          double q = edgy (rand, 0.0, 1.0);

          r->yearly[WEP_Y_INFLOW][y] = edgy (rand, 0.0, 5000.0);
          r->yearly[WEP_Y_PREVENTION][y] = edgy (rand, 0.0, 1.0);
          r->yearly[WEP_Y_LETTINGS][y] = edgy (rand, 0.0, 20000.0);
          r->yearly[WEP_Y_QUOTA_HF][y] = q * edgy (rand, 0.0, 1.0);
          r->yearly[WEP_Y_QUOTA_IND][y] = (1.0 - r->yearly[WEP_Y_QUOTA_HF][y]) * edgy (rand, 0.0, 1.0);
          for (guint k = 0; k < 3; k++)
            r->yearly[WEP_Y_NEW_UNITS_HF + k][y] = edgy (rand, 0.0, 300.0);
          for (guint k = 0; k < 2; k++)
            r->yearly[WEP_Y_SUPPORT_CAP_HF + k][y] =
              g_rand_boolean (rand) ? 0.0 : edgy (rand, 0.0, 3000.0);
          r->yearly[WEP_Y_SHELTER_CAPACITY][y] = edgy (rand, 0.0, 3000.0);
        }
    }
  return input;
}

char *
wep_test_data_path (const char *name)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (srcdir == NULL)
    srcdir = SRCDIR;
  return g_build_filename (srcdir, "data", name, NULL);
}

JsonNode *
wep_test_vector_input_node (void)
{
  g_autofree char *path = wep_test_data_path ("planning-model-example.json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  return json_node_copy (json_object_get_member (root, "input"));
}

char *
wep_test_node_to_json (JsonNode *node)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

double
wep_test_rel_diff (double a,
                   double b)
{
  if (isnan (a) && isnan (b))
    return 0.0;
  return fabs (a - b) / MAX (MAX (fabs (a), fabs (b)), 1e-12);
}

void
wep_test_run_clear (WepTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
wep_test_run_wep_valist (WepTestRun *run,
                         const char *first,
                         va_list     args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) envp = g_get_environ ();
  const char *exe = g_getenv ("WEP");
  int wait_status;

  g_assert_nonnull (exe);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_ptr_array_add (argv, (char *) exe);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  g_ptr_array_add (argv, NULL);

  wep_test_run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("wep %s → %d%s%s", first != NULL ? first : "", run->status,
                  *run->err != '\0' ? ": " : "", run->err);
}

void
wep_test_run_wep (WepTestRun *run,
                  const char *first,
                  ...)
{
  va_list args;

  va_start (args, first);
  wep_test_run_wep_valist (run, first, args);
  va_end (args);
}

static char *tmp_dir;

void
wep_test_tmp_init (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_null (tmp_dir);
  tmp_dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
}

const char *
wep_test_tmp_dir (void)
{
  g_assert_nonnull (tmp_dir);
  return tmp_dir;
}

char *
wep_test_tmp_path (const char *name)
{
  return g_build_filename (wep_test_tmp_dir (), name, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
wep_test_tmp_remove (void)
{
  if (tmp_dir != NULL)
    remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}
