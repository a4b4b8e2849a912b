/* undo.h: what a failure or a fatal signal must undo.
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

#ifndef AINSTALL_UNDO_H
#define AINSTALL_UNDO_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

/* Installing a file changes things before its one visible step, the
   rename: a staged file exists under a temporary name, a source may have
   been moved there, a backup may have been linked, the source's own
   inode may have been given new attributes.  Each change is recorded
   here, as an action that undoes it, when it is made, and the action is
   dropped once the file is committed.  A failure runs the actions of its
   file; a fatal signal runs every recorded action, newest first, before
   the process dies of that signal.

   "Fatal" means every signal that can be caught and whose default action
   ends the process: not only SIGINT and SIGTERM, but SIGQUIT, SIGUSR1,
   SIGALRM, the real-time signals and the others.  A signal that was
   ignored when ainstall started stays ignored.

   The registry is the one piece of file-scope state that a signal
   handler must reach.  An action counts once it is complete, and
   dropping one is a single store, so that the handler never sees half an
   action.  An action is added before the change it undoes (undoing a
   change not made yet finds nothing to undo), or, where undoing it too
   early would harm, with the fatal signals blocked (undo_block) around
   both.  Names given to the registry must stay valid until their action
   is run or dropped; a name may be filled in after the action is added,
   as a temporary name is while it is tried.  */

/* A recorded action, or UNDO_NONE.  */
typedef int undo_id;
enum { UNDO_NONE = -1 };

/* Block the fatal signals, installing their handler the first time;
   undo_unblock unblocks them.  Calls nest: the outermost undo_unblock
   restores the signal mask.  */
void undo_block (void);
void undo_unblock (void);

/* Record an action and return its id.  */

/* Remove NAME in DIR_FD: a file, or an empty directory if IS_DIR.  */
undo_id undo_add_remove (int dir_fd, char const *name, bool is_dir);

/* Rename FROM in FROM_DIR_FD back to the name TO in TO_DIR_FD.  If
   VERIFY_FD is not -1, only if FROM still is the file open as
   VERIFY_FD: in a directory that others may write, they may have
   swapped it, and then that file gets the name TO back by a hard link
   instead.  */
undo_id undo_add_rename (int from_dir_fd, char const *from,
                         int to_dir_fd, char const *to, int verify_fd);

/* Give the open file FD back the owner, group, mode and timestamps of
   ST, and the capabilities CAPS (SIZE bytes of the raw attribute; none
   if SIZE is 0).  */
undo_id undo_add_attributes (int fd, struct stat const *st,
                             void const *caps, size_t caps_size);

/* Make the action ID conditional: it is run only while the name *NAME
   (read when it runs; NULL means "unconditional") exists in DIR_FD.  A
   file's temporary name disappears with the rename that commits it: a
   signal that comes between that rename and the dropping of the file's
   other actions then leaves them undone, without the fatal signals being
   blocked around each commit.  */
void undo_while_exists (undo_id id, int dir_fd, char *const *name);

/* Run the action *ID now, whatever its condition: the caller knows that
   the commit did not happen (its temporary name may still have gone,
   taken by someone else).  Then forget it, as undo_run does.  */
void undo_run_unconditionally (undo_id *id);

/* Run the action *ID now, then forget it; set *ID to UNDO_NONE.  Do
   nothing for UNDO_NONE.  Preserve errno.  */
void undo_run (undo_id *id);

/* Forget the action *ID without running it; set *ID to UNDO_NONE.  */
void undo_drop (undo_id *id);

#endif /* AINSTALL_UNDO_H */
