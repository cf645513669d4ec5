/* wep-classify.c: class breaks and the legend of a map or chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wep-classify.h"

G_DEFINE_QUARK (wep-classify-error-quark, wep_classify_error)

static const char *const method_keys[WEP_N_CLASSIFY_METHODS] = {
  "quantiles", "equal-intervals", "manual",
};

static const char *const method_labels[WEP_N_CLASSIFY_METHODS] = {
  N_("Quantiles"), N_("Equal intervals"), N_("By hand"),
};

/* Light grey-blue: no data looks like nothing, never like a low value. */
#define NO_DATA_COLOR 0xd4d7dc

const char *
wep_classify_method_key (WepClassifyMethod method)
{
  g_return_val_if_fail (method < WEP_N_CLASSIFY_METHODS, NULL);
  return method_keys[method];
}

gboolean
wep_classify_method_from_key (const char        *key,
                              WepClassifyMethod *method)
{
  g_return_val_if_fail (method != NULL, FALSE);

  for (guint i = 0; key != NULL && i < WEP_N_CLASSIFY_METHODS; i++)
    if (g_ascii_strcasecmp (key, method_keys[i]) == 0)
      {
        *method = i;
        return TRUE;
      }
  return FALSE;
}

const char *
wep_classify_method_label (WepClassifyMethod method)
{
  g_return_val_if_fail (method < WEP_N_CLASSIFY_METHODS, NULL);
  return _(method_labels[method]);
}

/* ---- breaks ------------------------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

/* The finite values, sorted. */
static GArray *
sorted_finite (const double *values,
               guint         n_values)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (double), n_values);

  for (guint i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      g_array_append_val (sorted, values[i]);
  g_array_sort (sorted, compare_doubles);
  return sorted;
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10.0, CLAMP (decimals, 0, 6));
  double rounded = round (value * scale) / scale;

  return rounded == 0.0 ? 0.0 : rounded;   /* no −0 */
}

int
wep_class_decimals (const double *values,
                    guint         n_values)
{
  g_autoptr (GArray) sorted = sorted_finite (values, n_values);
  double spread, step;

  if (sorted->len == 0)
    return 0;
  spread = g_array_index (sorted, double, sorted->len - 1) - g_array_index (sorted, double, 0);
  if (spread == 0.0)
    spread = fabs (g_array_index (sorted, double, 0));
  if (spread == 0.0)
    return 0;   /* all 0 */
  step = spread / 5.0;
  if (step >= 5.0)
    return 0;
  if (step >= 0.5)
    return 1;
  return 2;
}

/* Keeps the breaks that lie strictly inside (lowest, highest], once each. */
static void
clean_breaks (GArray *breaks,
              double  lowest,
              double  highest)
{
  g_array_sort (breaks, compare_doubles);
  for (guint i = 0; i < breaks->len;)
    {
      double b = g_array_index (breaks, double, i);

      if (b <= lowest || b > highest || (i > 0 && b <= g_array_index (breaks, double, i - 1)))
        g_array_remove_index (breaks, i);
      else
        i++;
    }
}

double *
wep_class_breaks_compute (WepClassifyMethod  method,
                          const double      *values,
                          guint              n_values,
                          guint              n_classes,
                          int                decimals,
                          guint             *n_breaks)
{
  g_autoptr (GArray) sorted = NULL;
  GArray *breaks;
  double lowest, highest;

  g_return_val_if_fail (method == WEP_CLASSIFY_QUANTILES
                        || method == WEP_CLASSIFY_EQUAL_INTERVALS, NULL);
  g_return_val_if_fail (n_breaks != NULL, NULL);

  n_classes = CLAMP (n_classes, WEP_CLASSIFY_MIN_CLASSES, WEP_CLASSIFY_MAX_CLASSES);
  if (decimals < 0)
    decimals = wep_class_decimals (values, n_values);
  sorted = sorted_finite (values, n_values);
  breaks = g_array_new (FALSE, FALSE, sizeof (double));
  /* Fewer than two values: nothing to break. */
  if (sorted->len < 2)
    {
      *n_breaks = 0;
      return (double *) g_array_free (breaks, FALSE);
    }
  lowest = g_array_index (sorted, double, 0);
  highest = g_array_index (sorted, double, sorted->len - 1);

  for (guint i = 1; i < n_classes; i++)
    {
      double b;

      if (method == WEP_CLASSIFY_EQUAL_INTERVALS)
        b = lowest + (highest - lowest) * i / n_classes;
      else
        {
          /* Between the last value of the lower class and the first of the
           * next, so that about n / n_classes values are in each. */
          guint j = (guint) round ((double) i * sorted->len / n_classes);

          j = CLAMP (j, 1, sorted->len - 1);
          b = (g_array_index (sorted, double, j - 1) + g_array_index (sorted, double, j)) / 2.0;
        }
      b = round_to (b, decimals);
      g_array_append_val (breaks, b);
    }
  clean_breaks (breaks, lowest, highest);
  *n_breaks = breaks->len;
  return (double *) g_array_free (breaks, FALSE);
}

/* One number as typed: a decimal comma (with points grouping thousands)
 * or a decimal point; a minus sign or hyphen in front. Without a comma,
 * "1.000" groups thousands where the user's decimal sign is a comma. */
static gboolean
parse_number (const char *token,
              double     *value)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const struct lconv *locale = localeconv ();
  gboolean comma = strchr (token, ',') != NULL
                   || (g_strcmp0 (locale->decimal_point, ",") == 0
                       && g_regex_match_simple ("^[-\\x{2212}]?[0-9]{1,3}(\\.[0-9]{3})+$", token,
                                                0, 0));
  const char *p = token;
  char *end = NULL;

  if (g_str_has_prefix (p, "\xe2\x88\x92"))    /* U+2212 minus sign */
    {
      g_string_append_c (text, '-');
      p += 3;
    }
  for (; *p != '\0'; p++)
    {
      if (comma && *p == '.')
        continue;
      g_string_append_c (text, comma && *p == ',' ? '.' : *p);
    }
  if (text->len == 0)
    return FALSE;
  *value = g_ascii_strtod (text->str, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

double *
wep_class_breaks_parse (const char  *text,
                        guint       *n_breaks,
                        GError     **error)
{
  g_autoptr (GArray) breaks = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto (GStrv) tokens = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (n_breaks != NULL, NULL);

  tokens = g_regex_split_simple ("[;\\s]+", text, 0, 0);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      double value;

      if (*tokens[i] == '\0')
        continue;
      if (!parse_number (tokens[i], &value))
        {
          g_set_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID,
                       _("“%s” is not a number; separate the breaks with semicolons, "
                         "as in “0; 2,5; 5”."), tokens[i]);
          return NULL;
        }
      if (breaks->len > 0 && value <= g_array_index (breaks, double, breaks->len - 1))
        {
          g_set_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID,
                       _("The break “%s” is not larger than the one before it; give the "
                         "breaks from low to high."), tokens[i]);
          return NULL;
        }
      g_array_append_val (breaks, value);
    }
  if (breaks->len == 0 || breaks->len > WEP_CLASSIFY_MAX_CLASSES - 1)
    {
      g_set_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID,
                   _("Give from 1 to %d breaks, separated by semicolons."),
                   WEP_CLASSIFY_MAX_CLASSES - 1);
      return NULL;
    }
  *n_breaks = breaks->len;
  return (double *) g_array_free (g_steal_pointer (&breaks), FALSE);
}

/* ---- the legend --------------------------------------------------------- */

static char *
format_number (double value,
               int    decimals)
{
  g_autofree char *text = NULL;

  value = round_to (value, decimals);
  text = g_strdup_printf ("%'.*f", CLAMP (decimals, 0, 6), fabs (value));
  /* A true minus sign, as in print. */
  return value < 0.0 ? g_strconcat ("\xe2\x88\x92", text, NULL) : g_steal_pointer (&text);
}

char *
wep_legend_format_value (const WepLegend *legend,
                         double           value)
{
  g_return_val_if_fail (legend != NULL, NULL);

  if (isnan (value))
    return g_strdup ("—");
  return format_number (value, legend->decimals);
}

static void
clear_class (gpointer data)
{
  WepLegendClass *klass = data;

  g_clear_pointer (&klass->label, g_free);
}

static char *
class_label (double lower,
             double upper,
             int    decimals)
{
  g_autofree char *low = isfinite (lower) ? format_number (lower, decimals) : NULL;
  g_autofree char *high = isfinite (upper) ? format_number (upper, decimals) : NULL;

  if (low == NULL && high == NULL)
    return g_strdup (_("all values"));
  if (low == NULL)
    /* Translators: the lowest class of a map legend, "< 2,5" */
    return g_strdup_printf (_("< %s"), high);
  if (high == NULL)
    /* Translators: the highest class of a map legend, "≥ 7,5" */
    return g_strdup_printf (_("≥ %s"), low);
  /* Translators: a class of a map legend, from and to: "2,5 – 5,0" */
  return g_strdup_printf (_("%s – %s"), low, high);
}

/* Which side of 0 a class lies on, judged by the values it can hold:
 * −1 below, 1 above, 0 around it. */
static int
class_side (const WepLegendClass *klass,
            double                lowest,
            double                highest)
{
  double lower = isnan (lowest) ? klass->lower : MAX (klass->lower, lowest);
  double upper = isnan (highest) ? klass->upper : MIN (klass->upper, highest);

  if (upper <= 0.0 && lower < 0.0)
    return -1;
  if (lower >= 0.0 && upper > 0.0)
    return 1;
  return 0;
}

static void
color_classes (WepLegend  *legend,
               WepPalette  palette,
               double      lowest,
               double      highest)
{
  GArray *classes = legend->classes;
  guint n = classes->len, n_below = 0, n_above = 0, max_steps;

  if (!legend->diverging)
    {
      g_autofree WepColor *colors = g_new (WepColor, MAX (n, 1));

      wep_palette_classes (palette, n, colors);
      for (guint i = 0; i < n; i++)
        g_array_index (classes, WepLegendClass, i).color = colors[i];
      return;
    }

  /* Diverging: classes below 0 in one hue, above it in the other, equally
   * strong at equal steps from 0; a class around 0 in the neutral middle. */
  for (guint i = 0; i < n; i++)
    {
      const WepLegendClass *klass = wep_legend_class (legend, i);

      int side = class_side (klass, lowest, highest);

      n_below += side < 0;
      n_above += side > 0;
    }
  max_steps = MAX (n_below, n_above);
  for (guint i = 0; i < n; i++)
    {
      WepLegendClass *klass = &g_array_index (classes, WepLegendClass, i);
      int side = class_side (klass, lowest, highest);
      int steps = 0;

      if (side < 0)
        steps = -(int) (n_below - i);
      else if (side > 0)
        steps = (int) (i - (n - n_above)) + 1;
      klass->color = wep_palette_diverging_step (palette, steps, max_steps);
    }
}

WepLegend *
wep_legend_new (const double            *values,
                guint                    n_values,
                const WepLegendOptions  *options,
                GError                 **error)
{
  g_autoptr (WepLegend) legend = NULL;
  g_autoptr (GArray) sorted = NULL;
  g_autoptr (GArray) breaks = g_array_new (FALSE, FALSE, sizeof (double));
  double lowest = NAN, highest = NAN;

  g_return_val_if_fail (values != NULL || n_values == 0, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->method < WEP_N_CLASSIFY_METHODS, NULL);
  g_return_val_if_fail (options->palette < WEP_N_PALETTES, NULL);

  legend = g_new0 (WepLegend, 1);
  legend->title = g_strdup (options->title != NULL ? options->title : "");
  legend->unit = g_strdup (options->unit);
  legend->classes = g_array_new (FALSE, TRUE, sizeof (WepLegendClass));
  g_array_set_clear_func (legend->classes, clear_class);
  legend->no_data_color = wep_color_from_rgb24 (NO_DATA_COLOR);
  legend->no_data_label = g_strdup (_("no data"));
  legend->diverging = wep_palette_is_diverging (options->palette);
  legend->decimals = options->decimals >= 0 ? options->decimals
                                            : wep_class_decimals (values, n_values);

  sorted = sorted_finite (values, n_values);
  legend->n_no_data = n_values - sorted->len;
  if (sorted->len > 0)
    {
      lowest = g_array_index (sorted, double, 0);
      highest = g_array_index (sorted, double, sorted->len - 1);
    }

  if (options->method == WEP_CLASSIFY_MANUAL)
    {
      if (options->n_breaks == 0 || options->n_breaks > WEP_CLASSIFY_MAX_CLASSES - 1)
        {
          g_set_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID,
                       _("Give from 1 to %d breaks, separated by semicolons."),
                       WEP_CLASSIFY_MAX_CLASSES - 1);
          return NULL;
        }
      for (guint i = 0; i < options->n_breaks; i++)
        {
          if (!isfinite (options->breaks[i])
              || (i > 0 && options->breaks[i] <= options->breaks[i - 1]))
            {
              g_autofree char *text = format_number (options->breaks[i], 6);

              g_set_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID,
                           _("The break “%s” is not larger than the one before it; give the "
                             "breaks from low to high."), text);
              return NULL;
            }
          g_array_append_val (breaks, options->breaks[i]);
        }
    }
  else if (sorted->len > 0)
    {
      guint n_breaks = 0;
      double *computed = wep_class_breaks_compute (options->method, values, n_values,
                                                   options->n_classes, legend->decimals,
                                                   &n_breaks);

      g_array_append_vals (breaks, computed, n_breaks);
      g_free (computed);
      /* A diverging palette is centred on 0: the break nearest to it
       * becomes 0 when the values lie on both sides. */
      if (legend->diverging && lowest < 0.0 && highest > 0.0)
        {
          guint nearest = 0;
          gboolean has_zero = FALSE;
          double zero = 0.0;

          for (guint i = 0; i < breaks->len; i++)
            {
              double b = g_array_index (breaks, double, i);

              has_zero |= b == 0.0;
              if (fabs (b) < fabs (g_array_index (breaks, double, nearest)))
                nearest = i;
            }
          if (breaks->len == 0)
            g_array_append_val (breaks, zero);
          else if (!has_zero)
            g_array_index (breaks, double, nearest) = 0.0;
          clean_breaks (breaks, lowest, highest);
        }
    }

  /* Classes: below the first break, between breaks, from the last on. */
  if (sorted->len > 0 || options->method == WEP_CLASSIFY_MANUAL)
    for (guint i = 0; i <= breaks->len; i++)
      {
        WepLegendClass klass = { 0 };

        klass.lower = i == 0 ? -INFINITY : g_array_index (breaks, double, i - 1);
        klass.upper = i == breaks->len ? INFINITY : g_array_index (breaks, double, i);
        if (breaks->len == 0)
          {
            /* One value (or one repeated): the class is that value. */
            klass.label = format_number (lowest, legend->decimals);
            klass.lower = klass.upper = lowest;
          }
        else
          klass.label = class_label (klass.lower, klass.upper, legend->decimals);
        g_array_append_val (legend->classes, klass);
      }
  color_classes (legend, options->palette, lowest, highest);
  for (guint i = 0; i < sorted->len; i++)
    {
      int c = wep_legend_classify (legend, g_array_index (sorted, double, i));

      g_array_index (legend->classes, WepLegendClass, c).n_values++;
    }
  return g_steal_pointer (&legend);
}

WepLegend *
wep_legend_copy (const WepLegend *legend)
{
  WepLegend *copy;

  g_return_val_if_fail (legend != NULL, NULL);

  copy = g_memdup2 (legend, sizeof (WepLegend));
  copy->title = g_strdup (legend->title);
  copy->unit = g_strdup (legend->unit);
  copy->no_data_label = g_strdup (legend->no_data_label);
  copy->classes = g_array_new (FALSE, TRUE, sizeof (WepLegendClass));
  g_array_set_clear_func (copy->classes, clear_class);
  for (guint i = 0; i < legend->classes->len; i++)
    {
      WepLegendClass klass = *wep_legend_class (legend, i);

      klass.label = g_strdup (klass.label);
      g_array_append_val (copy->classes, klass);
    }
  return copy;
}

void
wep_legend_free (WepLegend *legend)
{
  if (legend == NULL)
    return;
  g_free (legend->title);
  g_free (legend->unit);
  g_free (legend->no_data_label);
  g_clear_pointer (&legend->classes, g_array_unref);
  g_free (legend);
}

int
wep_legend_classify (const WepLegend *legend,
                     double           value)
{
  guint n;

  g_return_val_if_fail (legend != NULL, -1);

  n = legend->classes->len;
  if (isnan (value) || n == 0)
    return -1;
  /* Few classes: a walk is as fast as a bisection. */
  for (guint i = 0; i + 1 < n; i++)
    if (value < wep_legend_class (legend, i)->upper)
      return (int) i;
  return (int) n - 1;
}

WepColor
wep_legend_color (const WepLegend *legend,
                  double           value)
{
  int c = wep_legend_classify (legend, value);

  return c < 0 ? legend->no_data_color : wep_legend_class (legend, c)->color;
}
