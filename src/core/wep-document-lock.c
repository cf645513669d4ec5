/* wep-document-lock.c: who has a plan open
 *
 * A plan on a shared network folder may be opened by two colleagues at
 * once. The first to open it for editing writes a lock file next to it,
 * ".~lock.NAME#" (the convention of office suites), with user, host,
 * process and time; the second is told who has it and gets it read-only.
 * A lock left by a process of this host that no longer runs is stale and
 * taken over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "wep-document-private.h"

static char *
lock_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);

  return g_build_filename (dir, name, NULL);
}

static char *
lock_content (void)
{
  g_autofree char *now = _wep_now_iso8601 ();

  return g_strdup_printf ("%s\n%s\n%d\n%s\n", g_get_real_name (), g_get_host_name (),
                          (int) getpid (), now);
}

/* Reads a lock: user, host, pid, since. FALSE if it is not one of ours. */
static gboolean
read_lock (const char  *lock,
           char       **user,
           char       **host,
           int         *pid,
           char       **since)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  gsize length;

  if (!g_file_get_contents (lock, &contents, &length, NULL) || length > 4096)
    return FALSE;
  lines = g_strsplit (contents, "\n", 5);
  if (g_strv_length (lines) < 4)
    return FALSE;
  *user = g_utf8_make_valid (lines[0], -1);
  *host = g_utf8_make_valid (lines[1], -1);
  *pid = atoi (lines[2]);
  *since = g_utf8_make_valid (lines[3], -1);
  return TRUE;
}

static gboolean
is_stale (const char *host,
          int         pid)
{
  if (g_strcmp0 (host, g_get_host_name ()) != 0 || pid <= 0)
    return FALSE;
  return pid != getpid () && kill (pid, 0) != 0 && errno == ESRCH;
}

gboolean
_wep_lock_acquire (const char  *path,
                   char       **owner,
                   GError     **error)
{
  g_autofree char *lock = lock_path (path);
  g_autofree char *content = lock_content ();

  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *user = NULL, *host = NULL, *since = NULL;
      int fd = g_open (lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      int pid = 0;

      if (fd >= 0)
        {
          gssize written = write (fd, content, strlen (content));

          close (fd);
          if (written == (gssize) strlen (content))
            return TRUE;
          g_unlink (lock);
          break;
        }
      if (errno != EEXIST)
        break;

      if (!read_lock (lock, &user, &host, &pid, &since))
        {
          *owner = g_strdup (_("someone else"));
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LOCKED,
                       _("The plan is in use by someone else (lock file %s); it is opened "
                         "read-only."),
                       lock);
          return FALSE;
        }
      if (g_strcmp0 (host, g_get_host_name ()) == 0 && pid == getpid ())
        return TRUE; /* already ours */
      if (is_stale (host, pid))
        {
          g_unlink (lock);
          continue;
        }
      *owner = g_strdup_printf ("%s (%s)", user, host);
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LOCKED,
                   _("The plan is in use by %s on %s since %s; it is opened read-only."), user,
                   host, since);
      return FALSE;
    }

  /* No lock can be written (a read-only folder): say so, edit read-only. */
  {
    int saved = errno;

    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LOCKED,
                 _("No lock file can be made next to the plan (%s); it is opened read-only."),
                 g_strerror (saved));
  }
  return FALSE;
}

void
_wep_lock_release (const char *path)
{
  g_autofree char *lock = lock_path (path);
  g_autofree char *user = NULL, *host = NULL, *since = NULL;
  int pid = 0;

  if (read_lock (lock, &user, &host, &pid, &since) && pid == getpid ()
      && g_strcmp0 (host, g_get_host_name ()) == 0)
    g_unlink (lock);
}
