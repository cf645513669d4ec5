/* wep-validate.c: every rule of the model's inputs, with a message that
 * names the region, the key, the year and the value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-error.h"
#include "wep-input-private.h"

#define SUM_TOLERANCE 1e-9

const char *
_wep_number_text (double value,
                  char   buf[G_ASCII_DTOSTR_BUF_SIZE])
{
  if (isnan (value))
    return "NaN";
  if (isinf (value))
    return value > 0 ? "Infinity" : "-Infinity";
  /* The shortest of %.15g, %.16g and %.17g that reads back exactly:
   * 0.96 stays "0.96", not "0.95999999999999996". */
  for (int precision = 15; precision < 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return buf;
    }
  return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.17g", value);
}

static gboolean
fail_located (WepInputLocation *loc,
              int               region,
              const char       *key,
              int               year_index,
              gboolean          in_range,
              GError          **error,
              const char       *message)
{
  g_assert (loc != NULL);

  loc->region = region;
  loc->key = key;
  loc->year_index = year_index;
  loc->in_range = in_range;
  g_set_error_literal (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_RANGE, message);
  return FALSE;
}

static gboolean
check_value (const WepModelInput *input,
             int                  ri,
             const WepKeyInfo    *info,
             int                  year_index,
             double               value,
             const char          *part,
             WepInputLocation    *loc,
             GError             **error)
{
  const WepRegionInput *region = wep_model_input_region (input, ri);
  char num[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;
  gboolean ok = wep_range_contains (info->range, value);

  g_assert (info != NULL);

  if (ok && info->range == WEP_RANGE_YEAR)
    ok = wep_model_input_year_index (input, (int) value) >= 0;
  if (ok)
    return TRUE;

  if (year_index >= 0)
    /* TRANSLATORS: region “%1$s”, key “%2$s”, year %3$d */
    where = g_strdup_printf (_("Region “%1$s”, key “%2$s”, year %3$d"),
                             region->name, info->key, input->base_year + year_index);
  else
    where = g_strdup_printf (_("Region “%1$s”, key “%2$s”"), region->name, info->key);

  if (part != NULL)
    message = g_strdup_printf (_("%s, range %s: %s is not %s."), where, part,
                               _wep_number_text (value, num), wep_range_describe (info->range));
  else if (info->range == WEP_RANGE_YEAR)
    message = g_strdup_printf (_("%s: %s is not a whole year from %d to %d."), where,
                               _wep_number_text (value, num), input->base_year,
                               input->base_year + input->horizon_years - 1);
  else
    message = g_strdup_printf (_("%s: %s is not %s."), where,
                               _wep_number_text (value, num), wep_range_describe (info->range));

  return fail_located (loc, ri, info->key, year_index, part != NULL, error, message);
}

/* A range must be ordered and lie inside the key's valid values. */
static gboolean
check_triangle (const WepModelInput *input,
                int                  ri,
                const WepKeyInfo    *info,
                int                  year_index,
                const WepTriangle   *t,
                WepInputLocation    *loc,
                GError             **error)
{
  const char *parts[3] = { N_("low"), N_("mode"), N_("high") };
  double values[3] = { t->low, t->mode, t->high };

  for (guint i = 0; i < 3; i++)
    if (!check_value (input, ri, info, year_index, values[i], _(parts[i]), loc, error))
      return FALSE;

  if (!(t->low <= t->mode && t->mode <= t->high))
    {
      const WepRegionInput *region = wep_model_input_region (input, ri);
      char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *message =
        g_strdup_printf (_("Region “%s”, key “%s”: the range [%s, %s, %s] is not in the order "
                           "low ≤ mode ≤ high."),
                         region->name, info->key, _wep_number_text (t->low, a),
                         _wep_number_text (t->mode, b), _wep_number_text (t->high, c));

      return fail_located (loc, ri, info->key, year_index, TRUE, error, message);
    }
  return TRUE;
}

/* The lowest and highest value a scalar can take in the Monte Carlo run. */
static void
scalar_extremes (const WepRegionInput *region,
                 WepScalar             key,
                 double               *low,
                 double               *high)
{
  *low = region->has_range[key] ? region->range[key].low : region->scalar[key];
  *high = region->has_range[key] ? region->range[key].high : region->scalar[key];
  *low = MIN (*low, region->scalar[key]);
  *high = MAX (*high, region->scalar[key]);
}

static double
yearly_high (const WepRegionInput *region,
             WepYearly             key,
             int                   y)
{
  double v = region->yearly[key][y];

  if (region->yearly_range[key] != NULL && !isnan (region->yearly_range[key][y].low))
    v = MAX (v, region->yearly_range[key][y].high);
  return v;
}

static gboolean
check_region (const WepModelInput *input,
              int                  ri,
              WepInputLocation    *loc,
              GError             **error)
{
  const WepRegionInput *r = wep_model_input_region (input, ri);
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
  double mix_sum = 0.0;
  double lo, hi, lo2, hi2;

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      const WepKeyInfo *info = wep_scalar_info (k);

      if (!check_value (input, ri, info, -1, r->scalar[k], NULL, loc, error))
        return FALSE;
      if (!r->has_range[k])
        continue;
      if (k <= WEP_S_MIX_OWN || k == WEP_S_TARGET_YEAR
          || k == WEP_S_MAX_WAIT_MONTHS)
        {
          g_autofree char *message =
            g_strdup_printf (_("Region “%s”, key “%s”: this key cannot have an uncertainty range."),
                             r->name, info->key);
          return fail_located (loc, ri, info->key, -1, TRUE, error, message);
        }
      if (!check_triangle (input, ri, info, -1, &r->range[k], loc, error))
        return FALSE;
    }

  for (guint k = WEP_S_MIX_HF; k <= WEP_S_MIX_OWN; k++)
    mix_sum += r->scalar[k];
  if (fabs (mix_sum - 1.0) > SUM_TOLERANCE)
    {
      g_autofree char *message =
        g_strdup_printf (_("Region “%s”: the shares mix_hf + mix_ind + mix_grp + mix_own add up "
                           "to %s; they must add up to 1."),
                         r->name, g_ascii_formatd (a, sizeof a, "%.10g", mix_sum));
      return fail_located (loc, ri, "mix_own", -1, FALSE, error, message);
    }

  scalar_extremes (r, WEP_S_EXIT_READY0, &lo, &hi);
  scalar_extremes (r, WEP_S_HOMELESS0, &lo2, &hi2);
  if (hi > lo2)
    {
      g_autofree char *message =
        g_strdup_printf (_("Region “%s”, key “exit_ready0”: %s is more than homeless0 (%s); "
                           "the exit-ready are part of the homeless."),
                         r->name, _wep_number_text (hi, a), _wep_number_text (lo2, b));
      return fail_located (loc, ri, "exit_ready0", -1, r->has_range[WEP_S_EXIT_READY0], error,
                           message);
    }

  scalar_extremes (r, WEP_S_GRP_PLACES0, &lo, &hi);
  scalar_extremes (r, WEP_S_HOUSED0_GRP, &lo2, &hi2);
  if (lo < hi2)
    {
      g_autofree char *message =
        g_strdup_printf (_("Region “%s”, key “grp_places0”: %s places is less than housed0_grp "
                           "(%s persons already living there)."),
                         r->name, _wep_number_text (lo, a), _wep_number_text (hi2, b));
      return fail_located (loc, ri, "grp_places0", -1, r->has_range[WEP_S_GRP_PLACES0], error,
                           message);
    }

  for (guint k = 0; k < WEP_N_YEARLY; k++)
    {
      const WepKeyInfo *info = wep_yearly_info (k);

      for (int y = 0; y < input->horizon_years; y++)
        {
          if (!check_value (input, ri, info, y, r->yearly[k][y], NULL, loc, error))
            return FALSE;
          if (r->yearly_range[k] != NULL && !isnan (r->yearly_range[k][y].low)
              && !check_triangle (input, ri, info, y, &r->yearly_range[k][y], loc, error))
            return FALSE;
        }
    }

  for (int y = 0; y < input->horizon_years; y++)
    {
      double q_hf = yearly_high (r, WEP_Y_QUOTA_HF, y);
      double q_ind = yearly_high (r, WEP_Y_QUOTA_IND, y);

      if (q_hf + q_ind > 1.0 + SUM_TOLERANCE)
        {
          g_autofree char *message =
            g_strdup_printf (_("Region “%s”, year %d: quota_hf (%s) + quota_ind (%s) = %s; "
                               "together they cannot be more than 1."),
                             r->name, input->base_year + y, _wep_number_text (q_hf, a),
                             _wep_number_text (q_ind, b),
                             g_ascii_formatd (c, sizeof c, "%.10g", q_hf + q_ind));
          return fail_located (loc, ri, "quota_ind", y, FALSE, error, message);
        }
    }
  return TRUE;
}

gboolean
_wep_model_input_validate_located (const WepModelInput *input,
                                   WepInputLocation    *loc,
                                   GError             **error)
{
  g_autoptr (GHashTable) names = NULL;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (loc != NULL, FALSE);

  *loc = (WepInputLocation) { -1, NULL, -1, FALSE };

  if (input->base_year < WEP_MIN_BASE_YEAR || input->base_year > WEP_MAX_BASE_YEAR)
    {
      g_autofree char *message =
        g_strdup_printf (_("Key “base_year”: %d is not a year from %d to %d."),
                         input->base_year, WEP_MIN_BASE_YEAR, WEP_MAX_BASE_YEAR);
      return fail_located (loc, -1, "base_year", -1, FALSE, error, message);
    }
  if (input->horizon_years < 1 || input->horizon_years > WEP_MAX_HORIZON_YEARS)
    {
      g_autofree char *message =
        g_strdup_printf (_("Key “horizon_years”: %d is not a whole number from 1 to %d."),
                         input->horizon_years, WEP_MAX_HORIZON_YEARS);
      return fail_located (loc, -1, "horizon_years", -1, FALSE, error, message);
    }
  if (input->regions->len == 0)
    return fail_located (loc, -1, "regions", -1, FALSE, error,
                         _("Key “regions”: the input has no regions; at least one is needed."));
  if (input->regions->len > WEP_MAX_REGIONS)
    {
      g_autofree char *message =
        g_strdup_printf (_("Key “regions”: %u regions is more than the %d this planner accepts."),
                         input->regions->len, WEP_MAX_REGIONS);
      return fail_located (loc, -1, "regions", -1, FALSE, error, message);
    }

  names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < input->regions->len; i++)
    {
      const WepRegionInput *r = wep_model_input_region (input, i);
      glong length = g_utf8_strlen (r->name, -1);
      g_autofree char *message = NULL;

      if (!g_utf8_validate (r->name, -1, NULL) || length == 0 || length > WEP_MAX_NAME_LENGTH)
        message = g_strdup_printf (_("Region %u: a region name must be 1 to %d characters of "
                                     "valid text."),
                                   i + 1, WEP_MAX_NAME_LENGTH);
      else if (g_str_equal (r->name, WEP_TOTAL_REGION_NAME))
        message = g_strdup_printf (_("Region “%s”: this name is reserved for the total of all "
                                     "regions; choose another name."),
                                   r->name);
      else if (!g_hash_table_add (names, r->name))
        message = g_strdup_printf (_("Region “%s”: there is more than one region with this name."),
                                   r->name);
      if (message != NULL)
        return fail_located (loc, i, NULL, -1, FALSE, error, message);

      if (!check_region (input, i, loc, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
wep_model_input_validate (const WepModelInput *input,
                          GError             **error)
{
  WepInputLocation loc;

  return _wep_model_input_validate_located (input, &loc, error);
}
