/* wep-difference-item.c: one difference between two scenarios, as a list
 * model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-difference-item.h"
#include "wep-format.h"

struct _WepDifferenceItem
{
  GObject        parent_instance;

  WepDifference *difference;
};

G_DEFINE_FINAL_TYPE (WepDifferenceItem, wep_difference_item, G_TYPE_OBJECT)

/* How a key's values read. */
typedef enum
{
  STYLE_NUMBER,   /* as exact as it is: 3.600, 0,055, 12,5 */
  STYLE_YEAR,     /* a name, not a quantity: 2030 */
  STYLE_EUROS,    /* an input: as exact as it is */
  STYLE_COST,     /* a result: whole euros */
  STYLE_COUNT,    /* a result: whole persons */
  STYLE_MONTHS,   /* a result: one decimal */
} Style;

static void
wep_difference_item_finalize (GObject *object)
{
  WepDifferenceItem *self = (WepDifferenceItem *) object;

  g_clear_pointer (&self->difference, wep_difference_free);

  G_OBJECT_CLASS (wep_difference_item_parent_class)->finalize (object);
}

static void
wep_difference_item_class_init (WepDifferenceItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wep_difference_item_finalize;
}

static void
wep_difference_item_init (WepDifferenceItem *self)
{
}

WepDifferenceItem *
wep_difference_item_new (const WepDifference *difference)
{
  WepDifferenceItem *self;

  g_return_val_if_fail (difference != NULL, NULL);

  self = g_object_new (WEP_TYPE_DIFFERENCE_ITEM, NULL);
  self->difference = wep_difference_copy (difference);
  return self;
}

const WepDifference *
wep_difference_item_get_difference (WepDifferenceItem *self)
{
  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);
  return self->difference;
}

static Style
style_of (const WepDifference *d)
{
  int column;

  if (d->kind == WEP_DIFFERENCE_RESULT)
    {
      column = wep_column_from_key (d->key);
      if (column >= 0 && wep_column_is_wait (column))
        return STYLE_MONTHS;
      return column == WEP_C_COST ? STYLE_COST : STYLE_COUNT;
    }
  if (g_str_equal (d->key, "base_year") || g_str_equal (d->key, "seed")
      || g_str_equal (d->key, "target_year"))
    return STYLE_YEAR;
  if (g_str_has_prefix (d->key, "cost_"))
    return STYLE_EUROS;
  return STYLE_NUMBER;
}

/* The fewest decimals (up to 6) that show value as it is, grouped. */
static char *
format_number (double value)
{
  int decimals = 0;

  for (; decimals < 6; decimals++)
    {
      double scaled = value * pow (10, decimals);

      if (fabs (scaled - round (scaled)) <= 1e-9 * MAX (1.0, fabs (scaled)))
        break;
    }
  if (fabs (value) < 0.5 * pow (10, -decimals))
    value = 0.0; /* no "-0" */
  return g_strdup_printf ("%'.*f", decimals, value);
}

static char *
format_value (Style  style,
              double value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("—");
  switch (style)
    {
    case STYLE_YEAR:
      return g_strdup_printf ("%.0f", value);
    case STYLE_EUROS:
      number = format_number (value);
      /* Translators: an amount in euros, %s is the number ("€ 1.234.567") */
      return g_strdup_printf (_("€ %s"), number);
    case STYLE_COST:
      return wep_format_euros (value);
    case STYLE_COUNT:
      return wep_format_count (value);
    case STYLE_MONTHS:
      return wep_format_months (value);
    case STYLE_NUMBER:
    default:
      return format_number (value);
    }
}

static char *
format_range (const WepTriangle *range)
{
  g_autofree char *low = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *high = NULL;

  if (isnan (range->low))
    /* Translators: an input without an uncertainty range */
    return g_strdup (_("none"));
  low = format_number (range->low);
  mode = format_number (range->mode);
  high = format_number (range->high);
  /* Translators: an uncertainty range: low, most likely and high value */
  return g_strdup_printf (_("%s – %s – %s"), low, mode, high);
}

const char *
wep_difference_item_get_region_text (WepDifferenceItem *self)
{
  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  if (self->difference->region == NULL)
    return "";
  if (self->difference->kind == WEP_DIFFERENCE_RESULT
      && g_str_equal (self->difference->region, WEP_TOTAL_REGION_NAME))
    return _("Total");
  return self->difference->region;
}

char *
wep_difference_item_get_label (WepDifferenceItem *self)
{
  const WepDifference *d;
  const WepKeyInfo *info = NULL;
  int index;

  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  d = self->difference;
  if (d->kind == WEP_DIFFERENCE_SETTING)
    {
      if (g_str_equal (d->key, "base_year"))
        return g_strdup (_("First year"));
      if (g_str_equal (d->key, "horizon_years"))
        return g_strdup (_("Number of years"));
      if (g_str_equal (d->key, "seed"))
        return g_strdup (_("Seed of the uncertainty runs"));
      return g_strdup (d->key);
    }
  if (d->kind == WEP_DIFFERENCE_RESULT)
    info = (index = wep_column_from_key (d->key)) >= 0 ? wep_column_info (index) : NULL;
  else if ((index = wep_scalar_from_key (d->key)) >= 0)
    info = wep_scalar_info (index);
  else if ((index = wep_yearly_from_key (d->key)) >= 0)
    info = wep_yearly_info (index);
  if (info == NULL)
    return g_strdup (d->key);
  if (d->kind == WEP_DIFFERENCE_RANGE)
    /* Translators: what differs is the uncertainty range of an input,
     * %s is the input ("Share prevented, range") */
    return g_strdup_printf (_("%s, range"), _(info->label));
  return g_strdup (_(info->label));
}

char *
wep_difference_item_get_year_text (WepDifferenceItem *self)
{
  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  if (self->difference->year == 0)
    return g_strdup ("");
  return g_strdup_printf ("%d", self->difference->year);
}

char *
wep_difference_item_get_a_text (WepDifferenceItem *self)
{
  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  if (self->difference->kind == WEP_DIFFERENCE_RANGE)
    return format_range (&self->difference->range_a);
  return format_value (style_of (self->difference), self->difference->a);
}

char *
wep_difference_item_get_b_text (WepDifferenceItem *self)
{
  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  if (self->difference->kind == WEP_DIFFERENCE_RANGE)
    return format_range (&self->difference->range_b);
  return format_value (style_of (self->difference), self->difference->b);
}

char *
wep_difference_item_get_change_text (WepDifferenceItem *self)
{
  const WepDifference *d;
  g_autofree char *size = NULL;
  Style style;
  double change;

  g_return_val_if_fail (WEP_IS_DIFFERENCE_ITEM (self), NULL);

  d = self->difference;
  if (d->kind == WEP_DIFFERENCE_RANGE || isnan (d->a) || isnan (d->b)
      || g_str_equal (d->key, "seed"))
    return g_strdup ("");
  change = d->b - d->a;
  style = style_of (d);
  if (style == STYLE_YEAR)
    style = STYLE_NUMBER;   /* years later or earlier: a count */
  if (style == STYLE_COUNT && fabs (change) < 0.5)
    style = STYLE_MONTHS;   /* less than one person: one decimal */
  size = format_value (style, fabs (change));
  /* The sign of a difference: a real minus sign, and a plus. */
  return g_strconcat (change > 0 ? "+" : change < 0 ? "−" : "", size, NULL);
}
