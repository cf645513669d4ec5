/* wep-report-blocks.c: the blocks a report is made of, and its numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-report-private.h"

/* ---- blocks ---------------------------------------------------------------- */

static void
clear_column (gpointer data)
{
  g_free (((WepReportColumn *) data)->title);
}

static void
clear_span (gpointer data)
{
  g_free (((WepReportSpan *) data)->title);
}

static void
free_row (gpointer data)
{
  WepReportRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

void
_wep_report_block_free (WepReportBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->number);
  g_free (block->markup);
  g_free (block->caption);
  g_free (block->note);
  g_clear_pointer (&block->columns, g_array_unref);
  g_clear_pointer (&block->spans, g_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

static WepReportBlock *
add_block (WepReport    *report,
           WepBlockKind  kind)
{
  WepReportBlock *block = g_new0 (WepReportBlock, 1);

  block->kind = kind;
  g_ptr_array_add (report->blocks, block);
  return block;
}

void
_wep_report_add_heading (WepReport  *report,
                         int         level,
                         const char *text)
{
  WepReportBlock *block;

  g_assert (level == 1 || level == 2);

  block = add_block (report, WEP_BLOCK_HEADING);
  block->level = level;
  if (level == 1)
    {
      report->n_chapters++;
      report->n_sections = 0;
      block->number = g_strdup_printf ("%d", report->n_chapters);
    }
  else
    block->number = g_strdup_printf ("%d.%d", report->n_chapters, ++report->n_sections);
  block->markup = g_markup_escape_text (text, -1);
}

void
_wep_report_add_paragraph (WepReport    *report,
                           WepTextStyle  style,
                           const char   *markup)
{
  WepReportBlock *block = add_block (report, WEP_BLOCK_PARAGRAPH);

  block->style = style;
  block->markup = g_strdup (markup);
}

void
_wep_report_add_page_break (WepReport *report)
{
  add_block (report, WEP_BLOCK_PAGE_BREAK);
}

WepReportBlock *
_wep_report_add_table (WepReport  *report,
                       const char *caption)
{
  WepReportBlock *block = add_block (report, WEP_BLOCK_TABLE);

  block->caption = caption != NULL ? g_markup_escape_text (caption, -1) : NULL;
  block->columns = g_array_new (FALSE, TRUE, sizeof (WepReportColumn));
  g_array_set_clear_func (block->columns, clear_column);
  block->rows = g_ptr_array_new_with_free_func (free_row);
  return block;
}

void
_wep_report_table_column (WepReportBlock *table,
                          const char     *title,
                          double          weight,
                          PangoAlignment  align)
{
  WepReportColumn column = { g_strdup (title), weight, align };

  g_assert (table->kind == WEP_BLOCK_TABLE && table->rows->len == 0);
  g_array_append_val (table->columns, column);
}

void
_wep_report_table_span (WepReportBlock *table,
                        const char     *title,
                        guint           span)
{
  WepReportSpan s = { g_strdup (title != NULL ? title : ""), span };

  g_assert (table->kind == WEP_BLOCK_TABLE);
  if (table->spans == NULL)
    {
      table->spans = g_array_new (FALSE, TRUE, sizeof (WepReportSpan));
      g_array_set_clear_func (table->spans, clear_span);
    }
  g_array_append_val (table->spans, s);
}

void
_wep_report_table_row (WepReportBlock    *table,
                       WepRowFlags        flags,
                       const char *const *cells)
{
  WepReportRow *row = g_new0 (WepReportRow, 1);
  guint n = flags & WEP_ROW_GROUP ? 1 : table->columns->len;

  g_assert (table->kind == WEP_BLOCK_TABLE);
  row->cells = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  row->flags = flags;
  g_ptr_array_add (table->rows, row);
}

void
_wep_report_table_note (WepReportBlock *table,
                        const char     *markup)
{
  g_assert (table->kind == WEP_BLOCK_TABLE);
  g_free (table->note);
  table->note = g_strdup (markup);
}

void
_wep_report_add_figure (WepReport         *report,
                        double             aspect,
                        WepReportDrawFunc  draw,
                        gpointer           data,
                        GDestroyNotify     destroy)
{
  WepReportBlock *block = add_block (report, WEP_BLOCK_FIGURE);

  block->aspect = aspect;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
}

/* ---- numbers ----------------------------------------------------------------- */

char *
_wep_report_number (double value,
                    int    decimals)
{
  g_autofree char *text = NULL;
  double scale = pow (10.0, decimals);

  if (isnan (value))
    return g_strdup ("—");
  value = round (value * scale) / scale;
  /* No "−0" from rounding. */
  if (value == 0.0)
    value = 0.0;
  text = g_strdup_printf ("%'.*f", decimals, fabs (value));
  return value < 0.0 ? g_strconcat ("\xe2\x88\x92", text, NULL) : g_steal_pointer (&text);
}

char *
_wep_report_count (const WepSuppression *suppression,
                   guint                 cell,
                   double                value)
{
  char *text = wep_suppression_dup_text (suppression, cell);

  return text != NULL ? text : _wep_report_number (value, 0);
}

char *
_wep_report_persons (WepReport *report,
                     double     value)
{
  if (wep_privacy_hides (value, report->threshold))
    return wep_privacy_hidden_text (report->threshold);
  return _wep_report_number (value, 0);
}

char *
_wep_report_months (double value)
{
  if (isinf (value))
    return g_strdup ("—");
  return _wep_report_number (value, 1);
}

char *
_wep_report_euros (double value)
{
  g_autofree char *number = _wep_report_number (value, 0);

  /* Translators: an amount in euros, %s is the number ("€ 1.234.567") */
  return g_strdup_printf (_("€ %s"), number);
}

char *
_wep_report_millions (double value)
{
  g_autofree char *number = _wep_report_number (value / 1e6, fabs (value) < 1e8 ? 1 : 0);

  /* Translators: an amount in millions of euros, %s is the number
   * ("€ 31,7 mln" in Dutch) */
  return g_strdup_printf (_("€ %s million"), number);
}

char *
_wep_report_percent (double share)
{
  g_autofree char *number = NULL;

  if (isnan (share))
    return g_strdup ("—");
  number = _wep_report_number (share * 100.0, 0);
  /* Translators: a percentage, %s is the number ("64%") */
  return g_strdup_printf (_("%s%%"), number);
}
