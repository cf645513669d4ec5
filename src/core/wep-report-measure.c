/* wep-report-measure.c: the report's blocks measured with Pango
 *
 * Every block gets its layouts once, in the pages' own Pango context (72
 * units an inch, no hinting of metrics, unrounded glyph positions), so that
 * its lines break the same way on any page it is drawn on: the lines of a
 * text with where each starts, a table's columns (figures as wide as they
 * need, text wrapping in what is left), its caption, headers, cells and
 * note, a figure's height.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-report-layout-private.h"

#define BODY_SIZE      10.0
#define LEAD_SIZE      11.0
#define NOTE_SIZE      8.0
#define H1_SIZE        16.5
#define H2_SIZE        12.0
#define TABLE_SIZE     8.4
#define CAPTION_SIZE   9.4
#define TABLE_NOTE_SIZE 7.6
#define BULLET_INDENT  14.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.2

PangoLayout *
_wep_report_layout_new (PangoContext *context,
                        const char   *markup,
                        double        size,
                        gboolean      bold,
                        double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (font, WEP_REPORT_FONT);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Figures of the same width, so that columns of numbers line up. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

void
_wep_report_set_rgb (cairo_t *cr,
                     guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  if (layout == NULL)
    return 0.0;
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

/* ---- measuring ------------------------------------------------------------- */

void
_wep_report_measured_free (gpointer data)
{
  WepMeasured *m = data;
  guint n_columns = m->block->columns != NULL ? m->block->columns->len : 0;

  g_clear_object (&m->layout);
  g_free (m->line_top);
  g_free (m->line_bottom);
  g_free (m->line_x);
  g_free (m->baseline);
  g_free (m->column_x);
  g_free (m->column_width);
  g_clear_object (&m->caption);
  g_clear_object (&m->continued);
  g_clear_object (&m->note);
  if (m->spans != NULL)
    for (guint i = 0; i < m->block->spans->len; i++)
      g_clear_object (&m->spans[i]);
  g_free (m->spans);
  if (m->header != NULL)
    for (guint i = 0; i < n_columns; i++)
      g_clear_object (&m->header[i]);
  g_free (m->header);
  if (m->cells != NULL)
    for (guint r = 0; r < m->block->rows->len; r++)
      {
        for (guint i = 0; m->cells[r][i] != NULL; i++)
          g_object_unref (m->cells[r][i]);
        g_free (m->cells[r]);
      }
  g_free (m->cells);
  g_free (m->row_height);
  g_free (m);
}

/* The lines of a text block: where each starts and ends. */
static void
measure_lines (WepMeasured *m)
{
  PangoLayoutIter *iter = pango_layout_get_iter (m->layout);
  guint i = 0;

  m->n_lines = pango_layout_get_line_count (m->layout);
  m->line_top = g_new (double, m->n_lines);
  m->line_bottom = g_new (double, m->n_lines);
  m->line_x = g_new (double, m->n_lines);
  m->baseline = g_new (double, m->n_lines);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      m->line_top[i] = y0 / (double) PANGO_SCALE;
      m->line_bottom[i] = y1 / (double) PANGO_SCALE;
      m->line_x[i] = logical.x / (double) PANGO_SCALE;
      m->baseline[i] = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter) && i < m->n_lines);
  pango_layout_iter_free (iter);
}

static void
measure_text (WepMeasured  *m,
              PangoContext *context,
              double        width)
{
  WepReportBlock *block = m->block;
  double size = BODY_SIZE;
  gboolean bold = FALSE;

  if (block->kind == WEP_BLOCK_HEADING)
    {
      g_autofree char *markup = g_strdup_printf ("%s\xe2\x80\x82%s", block->number,
                                                 block->markup);

      size = block->level == 1 ? H1_SIZE : H2_SIZE;
      m->layout = _wep_report_layout_new (context, markup, size, TRUE, width);
      m->space_before = block->level == 1 ? 22.0 : 13.0;
      m->space_after = block->level == 1 ? 8.0 : 4.0;
      measure_lines (m);
      return;
    }

  switch (block->style)
    {
    case WEP_TEXT_LEAD:
      size = LEAD_SIZE;
      break;
    case WEP_TEXT_NOTE:
      size = NOTE_SIZE;
      break;
    case WEP_TEXT_BULLET:
      m->indent = BULLET_INDENT;
      break;
    case WEP_TEXT_BODY:
    default:
      break;
    }
  m->layout = _wep_report_layout_new (context, block->markup, size, bold, width - m->indent);
  pango_layout_set_line_spacing (m->layout, block->style == WEP_TEXT_NOTE ? 1.15 : 1.25);
  m->space_after = block->style == WEP_TEXT_BULLET ? 4.0 : block->style == WEP_TEXT_NOTE ? 5.0 : 8.0;
  measure_lines (m);
}

/* Figures do not wrap: a right-aligned column as wide as its widest
 * cell needs, the room taken from the text columns (which wrap), down to
 * half their width. */
static void
fit_figures (WepMeasured  *m,
             PangoContext *context)
{
  WepReportBlock *block = m->block;
  guint n_columns = block->columns->len;
  g_autofree double *need = g_new0 (double, n_columns);
  double deficit = 0.0, spare = 0.0, taken;

  for (guint c = 0; c < n_columns; c++)
    {
      if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
        continue;
      for (guint r = 0; r < block->rows->len; r++)
        {
          const WepReportRow *row = g_ptr_array_index (block->rows, r);
          g_autofree char *markup = NULL;
          g_autoptr (PangoLayout) layout = NULL;
          PangoRectangle logical;

          if (row->flags & WEP_ROW_GROUP)
            continue;
          markup = g_markup_escape_text (row->cells[c], -1);
          layout = _wep_report_layout_new (context, markup, TABLE_SIZE,
                                           (row->flags & WEP_ROW_TOTAL) != 0, -1);
          pango_layout_get_extents (layout, NULL, &logical);
          need[c] = MAX (need[c], logical.width / (double) PANGO_SCALE + 2 * CELL_PAD_X + 1.0);
        }
      deficit += MAX (need[c] - m->column_width[c], 0.0);
    }
  for (guint c = 0; c < n_columns; c++)
    if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
      spare += m->column_width[c] / 2;
  if (deficit <= 0.0 || spare <= 0.0)
    return;
  /* What the text columns can give, shared out over the figures'. */
  taken = MIN (deficit, spare);
  for (guint c = 0; c < n_columns; c++)
    {
      if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
        m->column_width[c] -= taken * (m->column_width[c] / 2) / spare;
      else if (need[c] > m->column_width[c])
        m->column_width[c] += (need[c] - m->column_width[c]) * taken / deficit;
    }
}

static void
measure_table (WepMeasured  *m,
               PangoContext *context,
               double        width)
{
  WepReportBlock *block = m->block;
  guint n_columns = block->columns->len;
  double total = 0.0, x = 0.0;
  g_autofree char *continued = NULL;

  m->column_x = g_new (double, n_columns + 1);
  m->column_width = g_new (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    total += g_array_index (block->columns, WepReportColumn, c).weight;
  for (guint c = 0; c < n_columns; c++)
    m->column_width[c] = width * g_array_index (block->columns, WepReportColumn, c).weight
                         / total;
  fit_figures (m, context);
  for (guint c = 0; c < n_columns; c++)
    {
      m->column_x[c] = x;
      x += m->column_width[c];
    }
  m->column_x[n_columns] = width;

  if (block->caption != NULL)
    {
      /* Translators: after a table's caption at the top of its next page */
      continued = g_strdup_printf (_("%s (continued)"), block->caption);
      m->caption = _wep_report_layout_new (context, block->caption, CAPTION_SIZE, TRUE, width);
      m->continued = _wep_report_layout_new (context, continued, CAPTION_SIZE, TRUE, width);
      m->caption_height = MAX (layout_height (m->caption), layout_height (m->continued)) + 4.0;
    }

  if (block->spans != NULL)
    {
      guint column = 0;

      m->spans = g_new0 (PangoLayout *, block->spans->len);
      for (guint i = 0; i < block->spans->len; i++)
        {
          const WepReportSpan *span = &g_array_index (block->spans, WepReportSpan, i);
          double span_width = m->column_x[MIN (column + span->span, n_columns)]
                              - m->column_x[MIN (column, n_columns)];
          g_autofree char *markup = g_markup_escape_text (span->title, -1);

          m->spans[i] = _wep_report_layout_new (context, markup, TABLE_SIZE, TRUE,
                                                span_width - 2 * CELL_PAD_X);
          pango_layout_set_alignment (m->spans[i], PANGO_ALIGN_CENTER);
          m->span_height = MAX (m->span_height, layout_height (m->spans[i]) + 2 * CELL_PAD_Y);
          column += span->span;
        }
    }

  m->header = g_new0 (PangoLayout *, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const WepReportColumn *column = &g_array_index (block->columns, WepReportColumn, c);
      g_autofree char *markup = g_markup_escape_text (column->title, -1);

      m->header[c] = _wep_report_layout_new (context, markup, TABLE_SIZE, TRUE,
                                             m->column_width[c] - 2 * CELL_PAD_X);
      pango_layout_set_alignment (m->header[c], column->align);
      m->header_height = MAX (m->header_height, layout_height (m->header[c]) + 2 * CELL_PAD_Y);
    }

  m->cells = g_new0 (PangoLayout **, block->rows->len);
  m->row_height = g_new0 (double, block->rows->len);
  for (guint r = 0; r < block->rows->len; r++)
    {
      const WepReportRow *row = g_ptr_array_index (block->rows, r);
      guint n = row->flags & WEP_ROW_GROUP ? 1 : n_columns;

      m->cells[r] = g_new0 (PangoLayout *, n + 1);
      for (guint c = 0; c < n; c++)
        {
          const WepReportColumn *column = &g_array_index (block->columns, WepReportColumn, c);
          g_autofree char *markup = g_markup_escape_text (row->cells[c], -1);
          double cell_width = (n == 1 && n_columns > 1 ? width : m->column_width[c])
                              - 2 * CELL_PAD_X;

          m->cells[r][c] = _wep_report_layout_new (context, markup, TABLE_SIZE,
                                                   (row->flags & (WEP_ROW_TOTAL | WEP_ROW_GROUP)) != 0,
                                                   cell_width);
          if (n > 1)
            pango_layout_set_alignment (m->cells[r][c], column->align);
          m->row_height[r] = MAX (m->row_height[r],
                                  layout_height (m->cells[r][c]) + 2 * CELL_PAD_Y);
        }
      if (row->flags & WEP_ROW_GROUP)
        m->row_height[r] += 3.0;
    }

  if (block->note != NULL)
    {
      m->note = _wep_report_layout_new (context, block->note, TABLE_NOTE_SIZE, FALSE, width);
      pango_layout_set_line_spacing (m->note, 1.15);
      m->note_height = layout_height (m->note) + 4.0;
    }
  m->space_before = 4.0;
  m->space_after = 12.0;
}

WepMeasured *
_wep_report_measure (WepReportBlock     *block,
                     PangoContext       *context,
                     const WepPageFrame *frame)
{
  WepMeasured *m = g_new0 (WepMeasured, 1);
  double width = frame->right - frame->left;

  m->block = block;
  switch (block->kind)
    {
    case WEP_BLOCK_HEADING:
    case WEP_BLOCK_PARAGRAPH:
      measure_text (m, context, width);
      break;
    case WEP_BLOCK_TABLE:
      measure_table (m, context, width);
      break;
    case WEP_BLOCK_FIGURE:
      m->figure_height = MIN (width * block->aspect, frame->bottom - frame->top);
      m->space_before = 4.0;
      m->space_after = 12.0;
      break;
    case WEP_BLOCK_PAGE_BREAK:
    default:
      break;
    }
  return m;
}
