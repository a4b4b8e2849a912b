/* undo.c: what a failure or a fatal signal must undo.
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

#include "undo.h"

#include <signal.h>
#include <stdatomic.h>
#include <sys/xattr.h>

#include "system.h"
#include "ignore-value.h"
#include "stat-time.h"

/* The raw security.capability attribute is at most 24 bytes today
   (revision 3); leave room for growth.  */
enum { UNDO_CAPS_MAX = 64 };

enum undo_kind
{
  UNDO_FREE,
  UNDO_REMOVE_FILE,
  UNDO_REMOVE_DIR,
  UNDO_RENAME_BACK,
  UNDO_ATTRIBUTES
};

struct undo_action
{
  volatile sig_atomic_t kind;   /* enum undo_kind; UNDO_FREE if unused.  */
  int dir_fd;                   /* What to remove, or rename from.  */
  char const *name;
  int to_dir_fd;                /* Where to rename to.  */
  char const *to_name;
  int verify_fd;                /* Rename back only this file, else -1;
                                   if another took its name, link the
                                   file back by its /proc name.  */
  char proc_name[PROC_FD_NAME_SIZE];
  int fd;                       /* Whose attributes to restore...  */
  uid_t uid;                    /* ...to these.  */
  gid_t gid;
  mode_t mode;
  struct timespec times[2];
  size_t caps_size;
  unsigned char caps[UNDO_CAPS_MAX];
  int while_dir_fd;             /* Undo only while *WHILE_NAME exists in */
  char *const *while_name;      /* WHILE_DIR_FD (if not NULL).  */
};

/* The registry.  It grows only while the fatal signals are blocked, so
   the handler always sees it whole.  */
static struct undo_action *actions;
static idx_t actions_allocated;
static idx_t actions_used;      /* Entries at or past this are free.  */

/* The fatal signals, what they did before ainstall took them, and the
   signal mask to go back to after the outermost undo_block.  */
static sigset_t fatal_set;
static struct sigaction *previous_actions;
static bool handlers_installed;
static sigset_t mask_before_block;
static int block_depth;

/* Return true if NAME in DIR_FD is the file open as FD.  */
static bool
names_file (int dir_fd, char const *name, int fd)
{
  struct stat st, held;
  return (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0
          && fstat (fd, &held) == 0
          && st.st_ino == held.st_ino && st.st_dev == held.st_dev);
}

/* Give the moved source, held open, its name back.  The temporary name
   is in a directory that others may write, and they may swap it at any
   moment: so the file gets its name back by a link through its
   descriptor, which reaches that very file; the temporary name is then
   removed if it still is that file (if not, whatever was put there is
   someone else's, in their directory).  Where no link can be made (no
   /proc, or the name taken meanwhile), rename it back if it still is the
   file.  */
static void
give_name_back (struct undo_action const *action)
{
  if (linkat (AT_FDCWD, action->proc_name, action->to_dir_fd,
              action->to_name, AT_SYMLINK_FOLLOW) == 0)
    {
      if (names_file (action->dir_fd, action->name, action->verify_fd))
        ignore_value (unlinkat (action->dir_fd, action->name, 0));
    }
  else if (names_file (action->dir_fd, action->name, action->verify_fd))
    ignore_value (renameat (action->dir_fd, action->name,
                            action->to_dir_fd, action->to_name));
}

/* Carry out ACTION.  Async-signal-safe: only system calls.  Running an
   action twice is harmless: the second time finds nothing to do.  */
static void
carry_out (struct undo_action const *action)
{
  char *const *cond = action->while_name;
  struct stat cond_st;
  if (cond && *cond
      && fstatat (action->while_dir_fd, *cond, &cond_st, AT_SYMLINK_NOFOLLOW)
         != 0
      && errno == ENOENT)
    return;
  switch (action->kind)
    {
    case UNDO_REMOVE_FILE:
    case UNDO_REMOVE_DIR:
      ignore_value (unlinkat (action->dir_fd, action->name,
                              (action->kind == UNDO_REMOVE_DIR
                               ? AT_REMOVEDIR : 0)));
      break;
    case UNDO_RENAME_BACK:
      if (action->verify_fd < 0)
        ignore_value (renameat (action->dir_fd, action->name,
                                action->to_dir_fd, action->to_name));
      else
        give_name_back (action);
      break;
    case UNDO_ATTRIBUTES:
      {
        /* chown only if needed: it clears capabilities and set-ID bits,
           which are then set again after it.  */
        struct stat st;
        if (fstat (action->fd, &st) == 0
            && (st.st_uid != action->uid || st.st_gid != action->gid))
          ignore_value (fchown (action->fd, action->uid, action->gid));
        if (action->caps_size)
          ignore_value (fsetxattr (action->fd, "security.capability",
                                   action->caps, action->caps_size, 0));
        else
          ignore_value (fremovexattr (action->fd, "security.capability"));
        ignore_value (fchmod (action->fd, action->mode));
        ignore_value (futimens (action->fd, action->times));
      }
      break;
    case UNDO_FREE:
      break;
    }
}

/* Every catchable signal whose default action ends the process.  */
static int const fatal_signals[] =
{
  SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
  SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM,
#ifdef SIGSTKFLT
  SIGSTKFLT,
#endif
  SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
  SIGPOLL,
#endif
#ifdef SIGPWR
  SIGPWR,
#endif
  SIGSYS
};

static void
die_of_signal (int sig)
{
  for (idx_t i = actions_used; i-- > 0; )
    carry_out (&actions[i]);

  /* Let the signal do what it did before ainstall took it, which is
     usually to end the process, now that nothing is left behind.  */
  sigaction (sig, &previous_actions[sig], NULL);
  raise (sig);
  sigset_t just_sig;
  sigemptyset (&just_sig);
  sigaddset (&just_sig, sig);
  sigprocmask (SIG_UNBLOCK, &just_sig, NULL);
  /* A previous handler that returned must not let the program go on
     with its changes undone.  */
  _exit (128 + sig);
}

/* Take SIG, unless it was ignored when ainstall started: a signal
   ignored then (nohup's SIGHUP, a shell's SIGINT for background jobs)
   stays ignored, as for every other program.  */
static void
take_signal (int sig, struct sigaction const *handler)
{
  if (sigaction (sig, handler, &previous_actions[sig]) != 0)
    return;
  if (previous_actions[sig].sa_handler == SIG_IGN)
    sigaction (sig, &previous_actions[sig], NULL);
  else
    sigaddset (&fatal_set, sig);
}

static void
install_handlers (void)
{
  int max_signal = SIGRTMAX;
  previous_actions = xcalloc (max_signal + 1, sizeof *previous_actions);

  /* The handler runs with every fatal signal blocked, so that no other
     one interrupts the undoing.  Blocking a signal ainstall does not
     take is harmless: the handler never returns.  */
  struct sigaction handler = { .sa_handler = die_of_signal };
  sigemptyset (&handler.sa_mask);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
    sigaddset (&handler.sa_mask, fatal_signals[i]);
  for (int sig = SIGRTMIN; sig <= max_signal; sig++)
    sigaddset (&handler.sa_mask, sig);

  sigemptyset (&fatal_set);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
    take_signal (fatal_signals[i], &handler);
  for (int sig = SIGRTMIN; sig <= max_signal; sig++)
    take_signal (sig, &handler);
  handlers_installed = true;
}

void
undo_block (void)
{
  if (! handlers_installed)
    {
      /* Nothing is registered yet, so a signal arriving while the
         handlers go in has nothing to undo.  */
      install_handlers ();
    }
  if (block_depth++ == 0)
    sigprocmask (SIG_BLOCK, &fatal_set, &mask_before_block);
}

void
undo_unblock (void)
{
  /* Back to the mask as it was: a signal that was blocked when ainstall
     started stays blocked.  */
  if (--block_depth == 0)
    sigprocmask (SIG_SETMASK, &mask_before_block, NULL);
}

/* Return a free entry, growing the registry if needed.  A signal may
   come at any time: the registry grows with the fatal signals blocked,
   and an entry counts only once its kind is set (publish).  */
static undo_id
new_action (void)
{
  /* The handlers go in the first time there is something to undo, so
     that a run that changes nothing (--help, -d) pays nothing.  */
  if (! handlers_installed)
    install_handlers ();
  /* Free entries at the end are reused, so that the registry stays as
     small as the number of changes in progress at once.  */
  while (0 < actions_used && actions[actions_used - 1].kind == UNDO_FREE)
    actions_used--;
  if (actions_used == actions_allocated)
    {
      undo_block ();
      idx_t n = actions_allocated;
      actions = xpalloc (actions, &n, 1, -1, sizeof *actions);
      memset (actions + actions_allocated, 0,
              (n - actions_allocated) * sizeof *actions);
      actions_allocated = n;
      undo_unblock ();
    }
  return actions_used++;
}

/* Make the filled entry ID count, after all its fields are written.  */
static undo_id
publish (undo_id id, enum undo_kind kind)
{
  atomic_signal_fence (memory_order_seq_cst);
  actions[id].kind = kind;
  return id;
}

undo_id
undo_add_remove (int dir_fd, char const *name, bool is_dir)
{
  undo_id id = new_action ();
  struct undo_action *a = &actions[id];
  a->while_name = NULL;
  a->dir_fd = dir_fd;
  a->name = name;
  return publish (id, is_dir ? UNDO_REMOVE_DIR : UNDO_REMOVE_FILE);
}

undo_id
undo_add_rename (int from_dir_fd, char const *from, int to_dir_fd,
                 char const *to, int verify_fd)
{
  undo_id id = new_action ();
  struct undo_action *a = &actions[id];
  a->while_name = NULL;
  a->dir_fd = from_dir_fd;
  a->name = from;
  a->to_dir_fd = to_dir_fd;
  a->to_name = to;
  a->verify_fd = verify_fd;
  if (0 <= verify_fd)
    proc_fd_name (a->proc_name, verify_fd);
  return publish (id, UNDO_RENAME_BACK);
}

undo_id
undo_add_attributes (int fd, struct stat const *st, void const *caps,
                     size_t caps_size)
{
  undo_id id = new_action ();
  struct undo_action *a = &actions[id];
  a->while_name = NULL;
  a->fd = fd;
  a->uid = st->st_uid;
  a->gid = st->st_gid;
  a->mode = st->st_mode & CHMOD_MODE_BITS;
  a->times[0] = get_stat_atime (st);
  a->times[1] = get_stat_mtime (st);
  a->caps_size = caps_size <= UNDO_CAPS_MAX ? caps_size : 0;
  if (a->caps_size)              /* CAPS may be NULL then.  */
    memcpy (a->caps, caps, a->caps_size);
  return publish (id, UNDO_ATTRIBUTES);
}

void
undo_while_exists (undo_id id, int dir_fd, char *const *name)
{
  if (id == UNDO_NONE)
    return;
  actions[id].while_dir_fd = dir_fd;
  atomic_signal_fence (memory_order_seq_cst);
  actions[id].while_name = name;
}

void
undo_run (undo_id *id)
{
  if (*id == UNDO_NONE)
    return;
  int e = errno;
  carry_out (&actions[*id]);
  actions[*id].kind = UNDO_FREE;
  *id = UNDO_NONE;
  errno = e;
}

void
undo_run_unconditionally (undo_id *id)
{
  if (*id != UNDO_NONE)
    actions[*id].while_name = NULL;
  undo_run (id);
}

void
undo_drop (undo_id *id)
{
  if (*id == UNDO_NONE)
    return;
  actions[*id].kind = UNDO_FREE;
  *id = UNDO_NONE;
}
