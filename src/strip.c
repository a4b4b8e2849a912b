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
#include "full-write.h"
#include "safe-read.h"

extern char **environ;

void
strip_init (void)
{
  /* With SIGCHLD ignored, the kernel reaps children itself and waitpid
     fails: GNU install resets it too.  */
  signal (SIGCHLD, SIG_DFL);
}

/* Return NAME as it must be passed to a program: a name that starts
   with "-" would be read as an option.  Malloc'd.  */
static char *
operand_name (char const *name)
{
  return (name[0] == '-' ? file_name_concat (".", name, NULL)
          : xstrdup (name));
}

/* Spawn STRIP_PROGRAM on FILE_NAME, with every signal unblocked and its
   standard error going to ERR_FD.  Return 0 and set *PID, or return an
   error number.  */
static int
spawn_strip (char const *strip_program, char const *file_name, int err_fd,
             pid_t *pid)
{
  char const *argv[] = { strip_program, file_name, NULL };
  posix_spawnattr_t attr;
  posix_spawn_file_actions_t actions;
  sigset_t none;
  sigemptyset (&none);
  int err = posix_spawnattr_init (&attr);
  if (err != 0)
    return err;
  err = posix_spawn_file_actions_init (&actions);
  if (err == 0)
    {
      posix_spawnattr_setsigmask (&attr, &none);
      posix_spawnattr_setflags (&attr, POSIX_SPAWN_SETSIGMASK);
      err = posix_spawn_file_actions_adddup2 (&actions, err_fd,
                                              STDERR_FILENO);
      if (err == 0)
        err = posix_spawnp (pid, strip_program, &actions, &attr,
                            (char *const *) argv, environ);
      posix_spawn_file_actions_destroy (&actions);
    }
  posix_spawnattr_destroy (&attr);
  return err;
}

/* Read all of FD into a malloc'd buffer; set *SIZE.  */
static char *
read_all (int fd, size_t *size)
{
  idx_t allocated = 0;
  size_t used = 0;
  char *buf = NULL;
  for (;;)
    {
      if (used == allocated)
        buf = xpalloc (buf, &allocated, 1024, -1, 1);
      size_t n = safe_read (fd, buf + used, allocated - used);
      if (n == 0 || n == SAFE_READ_ERROR)
        break;
      used += n;
    }
  *size = used;
  return buf;
}

/* Write the SIZE bytes of TEXT to standard error, with FROM replaced by
   TO wherever it appears.  */
static void
write_renamed (char const *text, size_t size, char const *from,
               char const *to)
{
  size_t from_len = strlen (from), to_len = strlen (to);
  char const *end = text + size;
  fflush (stderr);
  while (text < end)
    {
      char const *hit = memmem (text, end - text, from, from_len);
      char const *stop = hit ? hit : end;
      full_write (STDERR_FILENO, text, stop - text);
      if (! hit)
        break;
      full_write (STDERR_FILENO, to, to_len);
      text = hit + from_len;
    }
}

/* Pass on what the strip program wrote to the pipe ERR_FD, naming the
   destination rather than the staged file.  */
static void
relay_messages (int err_fd, char const *file_name, char const *dest_name)
{
  size_t size;
  char *text = read_all (err_fd, &size);
  write_renamed (text, size, file_name, dest_name);
  free (text);
}

static bool
wait_for_strip (pid_t pid)
{
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

bool
strip_file (char const *strip_program, char const *file_name,
            char const *dest_name)
{
  char *operand = operand_name (file_name);
  char *shown = operand_name (dest_name);
  int pipe_fd[2];
  pid_t pid;
  int err = pipe2 (pipe_fd, O_CLOEXEC) == 0 ? 0 : errno;
  if (err == 0)
    {
      err = spawn_strip (strip_program, operand, pipe_fd[1], &pid);
      close (pipe_fd[1]);
      if (err == 0)
        relay_messages (pipe_fd[0], operand, shown);
      close (pipe_fd[0]);
    }
  free (operand);
  free (shown);
  if (err != 0)
    {
      error (0, err,
             (streq (strip_program, "strip")
              ? _("cannot run %s")
              : _("cannot run strip program %s")),
             quoteaf (strip_program));
      return false;
    }
  return wait_for_strip (pid);
}
