/* strip.c: -s, running the strip program on a staged file.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#include <config.h>

#include "strip.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include "system.h"
#include "filenamecat.h"

extern char **environ;

void
strip_init (void)
{
  /* With SIGCHLD ignored, the kernel reaps children itself and waitpid
     fails: GNU install resets it too.  */
  signal (SIGCHLD, SIG_DFL);
}

/* Spawn STRIP_PROGRAM on FILE_NAME, with every signal unblocked.  Return
   0 and set *PID, or return an error number.  */
static int
spawn_strip (char const *strip_program, char const *file_name, pid_t *pid)
{
  /* A name that starts with "-" would be read as an option.  */
  char *safe_name = NULL;
  if (file_name[0] == '-')
    file_name = safe_name = file_name_concat (".", file_name, NULL);
  char const *argv[] = { strip_program, file_name, NULL };

  posix_spawnattr_t attr;
  sigset_t none;
  sigemptyset (&none);
  int err = posix_spawnattr_init (&attr);
  if (err == 0)
    {
      posix_spawnattr_setsigmask (&attr, &none);
      posix_spawnattr_setflags (&attr, POSIX_SPAWN_SETSIGMASK);
      err = posix_spawnp (pid, strip_program, NULL, &attr,
                          (char *const *) argv, environ);
      posix_spawnattr_destroy (&attr);
    }
  free (safe_name);
  return err;
}

bool
strip_file (char const *strip_program, char const *file_name)
{
  pid_t pid;
  int err = spawn_strip (strip_program, file_name, &pid);
  if (err != 0)
    {
      error (0, err,
             (streq (strip_program, "strip")
              ? _("cannot run %s")
              : _("cannot run strip program %s")),
             quoteaf (strip_program));
      return false;
    }

  int status;
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      {
        error (0, errno, _("waiting for strip"));
        return false;
      }
  if (! WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      error (0, 0, _("strip process terminated abnormally"));
      return false;
    }
  return true;
}
