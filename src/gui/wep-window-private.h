/* wep-window-private.h: what wep-window.c and wep-window-files.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-overview-view.h"
#include "wep-welcome-page.h"
#include "wep-window.h"

G_BEGIN_DECLS

/* The pages after the overview, in the order of the view switcher. */
typedef enum
{
  WEP_PAGE_MAP,
  WEP_PAGE_CHARTS,
  WEP_PAGE_PLANS,
  WEP_PAGE_ASSUMPTIONS,
  WEP_PAGE_SCENARIOS,
  WEP_N_PAGES
} WepPage;

/* What to do once unsaved changes are saved or discarded. */
typedef enum
{
  WEP_PENDING_NONE,
  WEP_PENDING_CLOSE,
  WEP_PENDING_NEW,
  WEP_PENDING_EXAMPLE,
  WEP_PENDING_OPEN,
  WEP_PENDING_RECOVER,
} WepPending;

struct _WepWindow
{
  AdwApplicationWindow  parent_instance;

  WepSession           *session;
  char                 *selected_region;
  /* A plan recovered from an autosave: the copy, and the file it belongs
   * to ("" for a plan never saved). Saving goes there, not to the copy. */
  char                 *recovered_from;
  char                 *recover_target;
  guint                 autosave_source;
  WepPending            pending;
  GFile                *pending_file;
  gboolean              closing;
  GtkNativeDialog      *chooser;
  GSettings            *settings;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *open_button;
  GtkWidget            *save_button;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkStack             *main_stack;
  WepWelcomePage       *welcome_page;
  AdwViewStack         *view_stack;
  WepOverviewView      *overview_view;
  GMenu                *undo_section;
  /* The pages after the overview (AdwBin each), whose views are made
   * when first shown; NULL without a plan. */
  GtkWidget            *pages[WEP_N_PAGES];
};

void     _wep_window_actions_update   (WepWindow   *self);
void     _wep_window_update_title     (WepWindow   *self);
void     _wep_window_show_error       (WepWindow   *self,
                                       const char  *heading,
                                       const GError *error);
/* Does what self->pending says, then forgets it. */
void     _wep_window_run_pending      (WepWindow   *self);
/* Asks to save unsaved changes first, then runs the pending step. */
void     _wep_window_request          (WepWindow   *self,
                                       WepPending   pending,
                                       GFile       *file);
gboolean _wep_window_has_unsaved      (WepWindow   *self);
void     _wep_window_save             (WepWindow   *self);
void     _wep_window_save_as          (WepWindow   *self);
void     _wep_window_choose_open      (WepWindow   *self);
void     _wep_window_setup_files      (WepWindow   *self);

G_END_DECLS
