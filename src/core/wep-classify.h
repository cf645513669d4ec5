/* wep-classify.h: class breaks and the legend of a map or chart
 *
 * A set of values (one per municipality or region; NAN for "no data") is
 * divided into classes by quantiles (about as many values in each class),
 * equal intervals (classes of the same width) or breaks given by hand. Each
 * class gets a colour of a palette (wep-palette.h) and a label in the
 * user's number format; a diverging palette is centred on 0, which is then
 * always a break when the values lie on both sides of it. docs/model.md,
 * "The map", describes the rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wep-palette.h"

G_BEGIN_DECLS

#define WEP_CLASSIFY_ERROR (wep_classify_error_quark ())

typedef enum
{
  WEP_CLASSIFY_ERROR_INVALID,   /* breaks that are no numbers, or not increasing */
} WepClassifyError;

GQuark wep_classify_error_quark (void);

typedef enum
{
  WEP_CLASSIFY_QUANTILES,
  WEP_CLASSIFY_EQUAL_INTERVALS,
  WEP_CLASSIFY_MANUAL,
  WEP_N_CLASSIFY_METHODS
} WepClassifyMethod;

#define WEP_CLASSIFY_MIN_CLASSES 2
#define WEP_CLASSIFY_MAX_CLASSES 9

/* "quantiles", "equal-intervals", "manual" */
const char *wep_classify_method_key        (WepClassifyMethod  method);
gboolean    wep_classify_method_from_key   (const char        *key,
                                            WepClassifyMethod *method);
/* Translated: "Quantiles", "Equal intervals", "By hand". */
const char *wep_classify_method_label      (WepClassifyMethod  method);

typedef struct
{
  WepClassifyMethod  method;
  guint              n_classes;     /* quantiles and equal intervals: 2 to 9 */
  const double      *breaks;        /* manual: the inner breaks, increasing */
  guint              n_breaks;      /* manual: 1 to 8 */
  WepPalette         palette;
  /* Digits after the decimal point in labels and of the computed breaks
   * (they are rounded to it, so the labels say exactly where a class
   * starts); -1 chooses from the spread of the values. */
  int                decimals;
  const char        *title;         /* e.g. "Homes needed per 10,000 inhabitants, 2030" */
  const char        *unit;          /* e.g. "per 10,000 inhabitants"; NULL for none */
} WepLegendOptions;

typedef struct
{
  double    lower;      /* a value v is in the class when lower <= v < upper */
  double    upper;      /* (the last class includes its upper end) */
  WepColor  color;
  char     *label;      /* "2,5 – 5,0", in the user's number format */
  guint     n_values;   /* how many of the values fall in it */
} WepLegendClass;

typedef struct
{
  char      *title;
  char      *unit;
  GArray    *classes;        /* of WepLegendClass, low to high; empty without values */
  WepColor   no_data_color;
  char      *no_data_label;  /* translated: "no data" */
  guint      n_no_data;      /* values that were NAN */
  int        decimals;
  gboolean   diverging;
} WepLegend;

/* The inner breaks (n_classes − 1 of them, fewer when values repeat) of
 * the finite values, rounded to decimals and increasing. */
double      *wep_class_breaks_compute  (WepClassifyMethod   method,
                                        const double       *values,
                                        guint               n_values,
                                        guint               n_classes,
                                        int                 decimals,
                                        guint              *n_breaks);
/* Breaks typed by hand: numbers separated by semicolons or spaces, in the
 * user's number format or with a decimal point ("0; 2,5; 5"). Refused
 * with a message naming the text that is not a number, or the break that
 * does not increase. */
double      *wep_class_breaks_parse    (const char         *text,
                                        guint              *n_breaks,
                                        GError            **error);
/* The decimals that tell classes of these values apart: 0 for a spread of
 * tens or more, up to 2 for a small spread. */
int          wep_class_decimals        (const double       *values,
                                        guint               n_values);

/* Fails only for manual breaks that do not increase or are too many. */
WepLegend   *wep_legend_new            (const double            *values,
                                        guint                    n_values,
                                        const WepLegendOptions  *options,
                                        GError                 **error);
WepLegend   *wep_legend_copy           (const WepLegend         *legend);
void         wep_legend_free           (WepLegend               *legend);
/* The class of a value, or -1 for NAN. */
int          wep_legend_classify       (const WepLegend         *legend,
                                        double                   value);
/* The colour a value is drawn with (the no-data colour for NAN). */
WepColor     wep_legend_color          (const WepLegend         *legend,
                                        double                   value);
static inline const WepLegendClass *
wep_legend_class (const WepLegend *legend,
                  guint            i)
{
  return &g_array_index (legend->classes, WepLegendClass, i);
}
/* A value as the legend writes it: its decimals, the user's number format,
 * a true minus sign. */
char        *wep_legend_format_value   (const WepLegend         *legend,
                                        double                   value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepLegend, wep_legend_free)

G_END_DECLS
