/* wep-result-row.c: one row of the results table, as a list model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-result-row.h"

struct _WepResultRow
{
  GObject   parent_instance;

  char     *region;
  int       year;
  gboolean  is_total;
  double    values[WEP_N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (WepResultRow, wep_result_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGION,
  PROP_YEAR,
  PROP_IS_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
wep_result_row_finalize (GObject *object)
{
  WepResultRow *self = (WepResultRow *) object;

  g_clear_pointer (&self->region, g_free);

  G_OBJECT_CLASS (wep_result_row_parent_class)->finalize (object);
}

static void
wep_result_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WepResultRow *self = WEP_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_IS_TOTAL:
      g_value_set_boolean (value, self->is_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_result_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WepResultRow *self = WEP_RESULT_ROW (object);

  /* All properties are construct-only: no notification needed. */
  switch (prop_id)
    {
    case PROP_REGION:
      g_free (self->region);
      self->region = g_value_dup_string (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_IS_TOTAL:
      self->is_total = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_result_row_class_init (WepResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wep_result_row_finalize;
  object_class->get_property = wep_result_row_get_property;
  object_class->set_property = wep_result_row_set_property;

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_TOTAL] =
    g_param_spec_boolean ("is-total", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WepResultRow::changed:
   *
   * The row's region or values changed (wep_result_row_update ()): cells
   * showing it show them again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wep_result_row_init (WepResultRow *self)
{
  for (guint i = 0; i < WEP_N_COLUMNS; i++)
    self->values[i] = NAN;
}

WepResultRow *
wep_result_row_new (const char   *region,
                    int           year,
                    gboolean      is_total,
                    const double *values)
{
  WepResultRow *self;

  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  self = g_object_new (WEP_TYPE_RESULT_ROW,
                       "region", region,
                       "year", year,
                       "is-total", is_total,
                       NULL);
  memcpy (self->values, values, sizeof self->values);

  return self;
}

const char *
wep_result_row_get_region (WepResultRow *row)
{
  g_return_val_if_fail (WEP_IS_RESULT_ROW (row), NULL);

  return row->region;
}

int
wep_result_row_get_year (WepResultRow *row)
{
  g_return_val_if_fail (WEP_IS_RESULT_ROW (row), 0);

  return row->year;
}

gboolean
wep_result_row_get_is_total (WepResultRow *row)
{
  g_return_val_if_fail (WEP_IS_RESULT_ROW (row), FALSE);

  return row->is_total;
}

double
wep_result_row_get_value (WepResultRow *row,
                          WepColumn     column)
{
  g_return_val_if_fail (WEP_IS_RESULT_ROW (row), NAN);
  g_return_val_if_fail (column < WEP_N_COLUMNS, NAN);

  return row->values[column];
}

char *
wep_result_row_format_value (WepResultRow *row,
                             WepColumn     column)
{
  double value;

  g_return_val_if_fail (WEP_IS_RESULT_ROW (row), NULL);
  g_return_val_if_fail (column < WEP_N_COLUMNS, NULL);

  value = row->values[column];
  if (isnan (value))
    return g_strdup ("");

  if (wep_column_is_wait (column))
    {
      /* Months: one decimal, so a short wait does not read as none. */
      if (fabs (value) < 0.05)
        value = 0.0;
      return g_strdup_printf ("%'.1f", value);
    }

  /* Persons and euros: whole numbers, without a "-0" from rounding noise. */
  if (fabs (value) < 0.5)
    value = 0.0;
  return g_strdup_printf ("%'.0f", value);
}

void
wep_result_row_update (WepResultRow *row,
                       const char   *region,
                       gboolean      is_total,
                       const double *values)
{
  g_return_if_fail (WEP_IS_RESULT_ROW (row));
  g_return_if_fail (region != NULL);
  g_return_if_fail (values != NULL);

  if (g_strcmp0 (row->region, region) == 0 && row->is_total == is_total
      && memcmp (row->values, values, sizeof row->values) == 0)
    return;
  if (g_strcmp0 (row->region, region) != 0)
    {
      g_free (row->region);
      row->region = g_strdup (region);
      g_object_notify_by_pspec (G_OBJECT (row), properties[PROP_REGION]);
    }
  if (row->is_total != is_total)
    {
      row->is_total = is_total;
      g_object_notify_by_pspec (G_OBJECT (row), properties[PROP_IS_TOTAL]);
    }
  memcpy (row->values, values, sizeof row->values);
  g_signal_emit (row, signals[CHANGED], 0);
}
