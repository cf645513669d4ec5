/* wep-report-draw.c: the report's pages drawn with cairo
 *
 * One function draws a page whatever it lands on: a page of the system's
 * print dialog or of a PDF file. The title page carries the region, the
 * scenario, the date, the organisation and the program's version; every
 * other page has a running header (the plan and the scenario) and footer
 * (the organisation, the date and "page 3 of 12").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "wep-report-layout-private.h"

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y,
                guint32      rgb)
{
  _wep_report_set_rgb (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
height_of (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static void
hline (cairo_t *cr,
       double   x0,
       double   x1,
       double   y,
       double   width,
       guint32  rgb)
{
  _wep_report_set_rgb (cr, rgb);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

/* ---- content ---------------------------------------------------------------- */

/* Lines [first, last) of a text block, its top at y. */
static void
draw_lines (const WepPageFrame *frame,
            const WepPlaced    *placed,
            cairo_t            *cr)
{
  const WepMeasured *m = placed->measured;
  const WepReportBlock *block = m->block;
  double x = frame->left + m->indent;
  double top = m->line_top[placed->first];
  guint32 rgb = block->kind == WEP_BLOCK_HEADING ? WEP_REPORT_ACCENT
                : block->style == WEP_TEXT_NOTE ? WEP_REPORT_GREY : WEP_REPORT_INK;

  _wep_report_set_rgb (cr, rgb);
  for (guint l = placed->first; l < placed->last; l++)
    {
      cairo_move_to (cr, x + m->line_x[l], placed->y + m->baseline[l] - top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (m->layout, l));
    }
  if (block->kind == WEP_BLOCK_PARAGRAPH && block->style == WEP_TEXT_BULLET && placed->first == 0)
    {
      /* The bullet, centred on the first line's x-height. */
      double y = placed->y + m->baseline[0] - top - 3.4;

      _wep_report_set_rgb (cr, WEP_REPORT_ACCENT);
      cairo_new_path (cr);
      cairo_arc (cr, frame->left + 4.0, y, 1.9, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  if (block->kind == WEP_BLOCK_HEADING && block->level == 1)
    hline (cr, frame->left, frame->right, placed->y + placed->height + 3.0, 0.6, WEP_REPORT_RULE);
}

static void
draw_cell (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y,
           guint32      rgb)
{
  show_layout_at (cr, layout, x + 4.0, y + 3.2, rgb);
}

static void
draw_table (const WepPageFrame *frame,
            const WepPlaced    *placed,
            cairo_t            *cr)
{
  const WepMeasured *m = placed->measured;
  const WepReportBlock *block = m->block;
  guint n_columns = block->columns->len;
  double x = frame->left, y = placed->y, width = frame->right - frame->left;

  if (m->caption != NULL)
    {
      show_layout_at (cr, placed->continued ? m->continued : m->caption, x, y, WEP_REPORT_ACCENT);
      y += m->caption_height;
    }

  /* The header, shaded: spans above the column titles. */
  _wep_report_set_rgb (cr, WEP_REPORT_SHADE);
  cairo_rectangle (cr, x, y, width, m->span_height + m->header_height);
  cairo_fill (cr);
  if (m->spans != NULL)
    {
      guint column = 0;

      for (guint i = 0; i < block->spans->len; i++)
        {
          const WepReportSpan *span = &g_array_index (block->spans, WepReportSpan, i);
          double x0 = x + m->column_x[MIN (column, n_columns)];
          double x1 = x + m->column_x[MIN (column + span->span, n_columns)];

          if (*span->title != '\0')
            {
              draw_cell (cr, m->spans[i], x0, y, WEP_REPORT_INK);
              hline (cr, x0 + 3.0, x1 - 3.0, y + m->span_height - 0.5, 0.5, WEP_REPORT_RULE);
            }
          column += span->span;
        }
      y += m->span_height;
    }
  for (guint c = 0; c < n_columns; c++)
    draw_cell (cr, m->header[c], x + m->column_x[c], y, WEP_REPORT_INK);
  y += m->header_height;
  hline (cr, x, x + width, y, 0.8, WEP_REPORT_ACCENT);

  for (guint r = placed->first; r < placed->last; r++)
    {
      const WepReportRow *row = g_ptr_array_index (block->rows, r);
      guint32 rgb = row->flags & WEP_ROW_MUTED ? WEP_REPORT_GREY : WEP_REPORT_INK;

      if (row->flags & WEP_ROW_TOTAL)
        {
          _wep_report_set_rgb (cr, WEP_REPORT_TOTAL);
          cairo_rectangle (cr, x, y, width, m->row_height[r]);
          cairo_fill (cr);
          hline (cr, x, x + width, y, 0.6, WEP_REPORT_RULE);
        }
      if (row->flags & WEP_ROW_GROUP)
        draw_cell (cr, m->cells[r][0], x, y + 3.0, WEP_REPORT_ACCENT);
      else
        for (guint c = 0; c < n_columns; c++)
          draw_cell (cr, m->cells[r][c], x + m->column_x[c], y, rgb);
      y += m->row_height[r];
      hline (cr, x, x + width, y, 0.35, WEP_REPORT_HAIRLINE);
    }
  if (placed->with_note && m->note != NULL)
    show_layout_at (cr, m->note, x, y + 4.0, WEP_REPORT_GREY);
}

void
_wep_report_draw_placed (WepReportPages  *pages,
                         const WepPlaced *placed,
                         cairo_t         *cr)
{
  const WepReportBlock *block = placed->measured->block;

  cairo_save (cr);
  switch (block->kind)
    {
    case WEP_BLOCK_HEADING:
    case WEP_BLOCK_PARAGRAPH:
      draw_lines (&pages->frame, placed, cr);
      break;
    case WEP_BLOCK_TABLE:
      draw_table (&pages->frame, placed, cr);
      break;
    case WEP_BLOCK_FIGURE:
      cairo_translate (cr, pages->frame.left, placed->y);
      cairo_rectangle (cr, 0, 0, pages->frame.right - pages->frame.left, placed->height);
      cairo_clip (cr);
      block->draw (cr, pages->frame.right - pages->frame.left, placed->height, block->data);
      break;
    case WEP_BLOCK_PAGE_BREAK:
    default:
      break;
    }
  cairo_restore (cr);
}

/* ---- the running header and footer ------------------------------------------- */

void
_wep_report_draw_frame (WepReport      *report,
                        WepReportPages *pages,
                        cairo_t        *cr,
                        guint           page)
{
  const WepPageFrame *frame = &pages->frame;
  double width = frame->right - frame->left;
  g_autofree char *left_top = g_markup_escape_text (report->title, -1);
  g_autofree char *right_top = NULL;
  g_autofree char *left_bottom = NULL;
  g_autofree char *right_bottom = NULL;
  g_autoptr (PangoLayout) a = NULL;
  g_autoptr (PangoLayout) b = NULL;
  g_autoptr (PangoLayout) c = NULL;
  g_autoptr (PangoLayout) d = NULL;
  double top = frame->top - 30.0, bottom = frame->bottom + 22.0;

  /* Translators: the running header of a report: region · scenario */
  right_top = g_markup_printf_escaped (_("%s · scenario %s"), report->region_name,
                                       report->scenario);
  left_bottom = *report->organisation != '\0'
                  ? g_markup_printf_escaped ("%s · %s", report->organisation, report->date_text)
                  : g_markup_escape_text (report->date_text, -1);
  /* Translators: the footer of a report's page: "Page 3 of 12" */
  right_bottom = g_strdup_printf (_("Page %u of %u"), page + 1, _wep_report_pages_count (pages));

  a = _wep_report_layout_new (pages->context, left_top, 7.8, FALSE, width * 0.48);
  b = _wep_report_layout_new (pages->context, right_top, 7.8, FALSE, width * 0.48);
  pango_layout_set_alignment (b, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (a, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (b, PANGO_ELLIPSIZE_END);
  show_layout_at (cr, a, frame->left, top, WEP_REPORT_GREY);
  show_layout_at (cr, b, frame->right - width * 0.48, top, WEP_REPORT_GREY);
  hline (cr, frame->left, frame->right, top + 14.0, 0.5, WEP_REPORT_RULE);

  c = _wep_report_layout_new (pages->context, left_bottom, 7.8, FALSE, width * 0.7);
  d = _wep_report_layout_new (pages->context, right_bottom, 7.8, FALSE, width * 0.28);
  pango_layout_set_alignment (d, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (c, PANGO_ELLIPSIZE_END);
  hline (cr, frame->left, frame->right, bottom - 5.0, 0.5, WEP_REPORT_RULE);
  show_layout_at (cr, c, frame->left, bottom, WEP_REPORT_GREY);
  show_layout_at (cr, d, frame->right - width * 0.28, bottom, WEP_REPORT_GREY);
}

/* ---- the title page --------------------------------------------------------- */

void
_wep_report_draw_title_page (WepReport      *report,
                             WepReportPages *pages,
                             cairo_t        *cr)
{
  const WepPageFrame *frame = &pages->frame;
  double width = frame->right - frame->left, y;
  g_autofree char *kicker = NULL;
  g_autofree char *title = NULL;
  g_autofree char *region = NULL;
  g_autoptr (GString) facts = g_string_new (NULL);
  g_autoptr (PangoLayout) l_kicker = NULL;
  g_autoptr (PangoLayout) l_title = NULL;
  g_autoptr (PangoLayout) l_region = NULL;
  g_autoptr (PangoLayout) l_facts = NULL;
  g_autoptr (PangoLayout) l_description = NULL;
  g_autoptr (PangoLayout) l_colophon = NULL;
  g_autoptr (GString) colophon = g_string_new (NULL);

  /* A band of the accent colour along the top. */
  _wep_report_set_rgb (cr, WEP_REPORT_ACCENT);
  cairo_rectangle (cr, 0, 0, frame->width, 10.0);
  cairo_fill (cr);

  y = frame->top + 90.0;
  kicker = g_markup_escape_text (_("Wonen Eerst: homes for people leaving the shelter"), -1);
  l_kicker = _wep_report_layout_new (pages->context, kicker, 11.0, FALSE, width);
  show_layout_at (cr, l_kicker, frame->left, y, WEP_REPORT_GREY);
  y += height_of (l_kicker) + 10.0;

  title = g_markup_escape_text (report->title, -1);
  l_title = _wep_report_layout_new (pages->context, title, 26.0, TRUE, width);
  pango_layout_set_line_spacing (l_title, 1.1);
  show_layout_at (cr, l_title, frame->left, y, WEP_REPORT_ACCENT);
  y += height_of (l_title) + 14.0;

  region = g_markup_escape_text (report->region_name, -1);
  l_region = _wep_report_layout_new (pages->context, region, 15.0, FALSE, width);
  show_layout_at (cr, l_region, frame->left, y, WEP_REPORT_INK);
  y += height_of (l_region) + 24.0;
  hline (cr, frame->left, frame->left + 120.0, y, 2.0, WEP_REPORT_ACCENT);
  y += 22.0;

  /* Scenario, comparison, date, organisation: label and value. */
#define FACT(label, value) \
  g_string_append_printf (facts, "<span foreground='#5a6068'>%s</span>\t%s\n", label, value)
  {
    g_autofree char *scenario = g_markup_escape_text (report->scenario, -1);
    g_autofree char *date = g_markup_escape_text (report->date_text, -1);
    g_autofree char *organisation = g_markup_escape_text (report->organisation, -1);

    FACT (_("Scenario"), scenario);
    if (report->compare != NULL)
      {
        g_autofree char *compare = g_markup_escape_text (report->compare, -1);

        FACT (_("Compared with"), compare);
      }
    FACT (_("Date"), date);
    if (*report->organisation != '\0')
      FACT (_("Organisation"), organisation);
  }
#undef FACT
  if (facts->len > 0 && facts->str[facts->len - 1] == '\n')
    g_string_truncate (facts, facts->len - 1);
  l_facts = _wep_report_layout_new (pages->context, facts->str, 11.0, FALSE, width);
  {
    PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 110);

    pango_layout_set_tabs (l_facts, tabs);
    pango_tab_array_free (tabs);
  }
  pango_layout_set_line_spacing (l_facts, 1.5);
  show_layout_at (cr, l_facts, frame->left, y, WEP_REPORT_INK);
  y += height_of (l_facts) + 26.0;

  if (report->description != NULL && *report->description != '\0')
    {
      g_autofree char *description = g_markup_escape_text (report->description, -1);

      l_description = _wep_report_layout_new (pages->context, description, 10.0, FALSE,
                                              width * 0.8);
      pango_layout_set_line_spacing (l_description, 1.25);
      show_layout_at (cr, l_description, frame->left, y, WEP_REPORT_GREY);
    }

  /* At the foot: how it was made. */
  {
    g_autofree char *made = g_markup_printf_escaped (_("Made with Wonen Eerst Planner %s"),
                                                     PACKAGE_VERSION);

    g_string_append (colophon, made);
    if (report->plan_file != NULL)
      {
        g_autofree char *file = g_markup_printf_escaped (_("from the plan file %s"),
                                                         report->plan_file);

        g_string_append_printf (colophon, " %s", file);
      }
    g_string_append (colophon, ".");
    if (report->threshold > 1)
      {
        g_autofree char *hidden = wep_privacy_hidden_text (report->threshold);
        /* Translators: on a report's title page; %s is "< 10", %d the threshold */
        g_autofree char *privacy =
          g_markup_printf_escaped (_("To protect privacy, counts of persons below %d are shown "
                                     "as “%s”."), report->threshold, hidden);

        g_string_append_printf (colophon, "\n%s", privacy);
      }
  }
  l_colophon = _wep_report_layout_new (pages->context, colophon->str, 8.5, FALSE, width);
  pango_layout_set_line_spacing (l_colophon, 1.3);
  hline (cr, frame->left, frame->right, frame->bottom - height_of (l_colophon) - 10.0, 0.5,
         WEP_REPORT_RULE);
  show_layout_at (cr, l_colophon, frame->left, frame->bottom - height_of (l_colophon),
                  WEP_REPORT_GREY);
}

/* ---- the contents ------------------------------------------------------------- */

void
_wep_report_draw_contents (WepReport      *report,
                           WepReportPages *pages,
                           cairo_t        *cr,
                           guint           page)
{
  const WepPageFrame *frame = &pages->frame;
  double width = frame->right - frame->left, y = frame->top;
  guint first = (page - 1) * pages->toc_per_page;
  guint last = MIN (first + pages->toc_per_page, pages->toc->len);

  if (page == 1)
    {
      g_autofree char *markup = g_markup_escape_text (_("Contents"), -1);
      g_autoptr (PangoLayout) heading = _wep_report_layout_new (pages->context, markup, 16.5,
                                                                TRUE, width);

      show_layout_at (cr, heading, frame->left, y, WEP_REPORT_ACCENT);
      y += height_of (heading) + 6.0;
      hline (cr, frame->left, frame->right, y, 0.6, WEP_REPORT_RULE);
      y += 14.0;
    }
  /* The last page's entries; with more than the pages hold, the rest is
   * left out (MAX_TOC_PAGES). */
  for (guint i = first; i < last && page <= pages->n_toc_pages; i++)
    {
      const WepTocEntry *entry = &g_array_index (pages->toc, WepTocEntry, i);
      gboolean top = entry->level == 1;
      double indent = top ? 0.0 : 22.0, size = top ? 10.5 : 9.8;
      g_autofree char *text = g_markup_printf_escaped ("%s\xe2\x80\x82%s", entry->number,
                                                       entry->title);
      g_autofree char *number = g_strdup_printf ("%u", entry->page + 1);
      g_autoptr (PangoLayout) l_text = _wep_report_layout_new (pages->context, text, size, top,
                                                               width - indent - 50.0);
      g_autoptr (PangoLayout) l_number = _wep_report_layout_new (pages->context, number, size,
                                                                 top, 40.0);
      PangoRectangle logical;

      if (top && i > first)
        y += 4.0;
      pango_layout_set_ellipsize (l_text, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (l_number, PANGO_ALIGN_RIGHT);
      show_layout_at (cr, l_text, frame->left + indent, y, top ? WEP_REPORT_ACCENT : WEP_REPORT_INK);
      show_layout_at (cr, l_number, frame->right - 40.0, y, WEP_REPORT_INK);
      /* Dots from the title to the number. */
      pango_layout_get_extents (l_text, NULL, &logical);
      _wep_report_set_rgb (cr, WEP_REPORT_RULE);
      cairo_new_path (cr);
      for (double x = frame->left + indent + logical.width / (double) PANGO_SCALE + 8.0;
           x < frame->right - 48.0; x += 4.0)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y + size * 0.95, 0.5, 0, 2 * G_PI);
        }
      cairo_fill (cr);
      y += 15.0;
    }
}

/* ---- PDF ----------------------------------------------------------------------- */

/* Every page into a PDF surface of the page's size; cairo embeds the fonts
 * (subsets) as it finishes the surface. */
gboolean
_wep_report_pages_write_pdf (WepReport      *report,
                             WepReportPages *pages,
                             const char     *path,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr (GError) cancelled = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  /* g_mkstemp_full ()'s template: six placeholders it replaces. */
  g_autofree char *tmp_name = g_strdup_printf (".%s." "XX" "XX" "XX", base);
  g_autofree char *tmp = g_build_filename (folder, tmp_name, NULL);
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_IO, _("Could not write %s: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  surface = cairo_pdf_surface_create (tmp, pages->frame.width, pages->frame.height);
  /* Translators: the title of a report's PDF file: region, scenario */
  title = g_strdup_printf (_("%s, scenario %s"), report->region_name, report->scenario);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Wonen Eerst Planner " PACKAGE_VERSION);
  if (*report->organisation != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->organisation);
  cr = cairo_create (surface);
  for (guint page = 0; page < _wep_report_pages_count (pages); page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &cancelled))
        break;
      cairo_save (cr);
      _wep_report_pages_draw (pages, report, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cancelled != NULL)
    {
      g_unlink (tmp);
      g_propagate_error (error, g_steal_pointer (&cancelled));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_IO, _("Could not write %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_IO, _("Could not write %s: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

void
_wep_report_pages_draw (WepReportPages *pages,
                        WepReport      *report,
                        cairo_t        *cr,
                        guint           page)
{
  GArray *placed;

  g_return_if_fail (page < _wep_report_pages_count (pages));

  if (page == 0)
    {
      _wep_report_draw_title_page (report, pages, cr);
      return;
    }
  _wep_report_draw_frame (report, pages, cr, page);
  if (page < wep_report_pages_first_content (pages))
    {
      _wep_report_draw_contents (report, pages, cr, page);
      return;
    }
  placed = g_ptr_array_index (pages->pages, page - wep_report_pages_first_content (pages));
  for (guint i = 0; i < placed->len; i++)
    _wep_report_draw_placed (pages, &g_array_index (placed, WepPlaced, i), cr);
}
