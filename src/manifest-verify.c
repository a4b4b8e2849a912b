/* manifest-verify.c: --verify, checking a tree against a manifest.
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

#include "manifest-verify.h"

#include "system.h"

#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#ifdef SYS_openat2
# include <linux/openat2.h>
#endif

#include "areadlink.h"
#include "digest.h"
#include "filenamecat.h"
#include "inttostr.h"
#include "manifest-reader.h"
#include "manifest-verify-tags.h"
#include "mtree.h"
#include "stat-time.h"
#include "timespec.h"

/* The manifest is read whole (manifest-reader.c) before anything is
   checked: only the last of the entries for one name says what the tree
   should hold, and an entry missing from a manifest read in part would
   pass.

   Entries are looked up under ROOT as if ROOT were "/": a symbolic link
   in a staged tree ("lib -> /usr/lib") leads to the tree's own files,
   never to the host's.  The entry itself is never followed.  */

/* The name of a user or group ID, looked up again only when the ID
   changes: entry after entry has the same owner.  */
struct id_name
{
  bool known;
  uintmax_t id;
  char *name;                   /* NULL if the ID has no name.  */
};

/* The state of one run of --verify; manifest-verify-tags.c sees it
   only through the functions that report.  */
struct verify
{
  char const *root;             /* For diagnostics.  */
  int root_fd;
  struct id_name users;
  struct id_name groups;
  bool ok;                      /* No difference and no error so far.  */
};

/* Reporting.  */

/* Return the file name of the entry E, under ROOT, malloc'd: what
   diagnostics name, where differences name the entry's path.  */
static char *
entry_file_name (struct verify const *v, struct entry const *e)
{
  return (streq (e->name, ".") ? xstrdup (v->root)
          : file_name_concat (v->root, e->name, NULL));
}

void
entry_error (struct verify *v, struct entry const *e, int errnum,
             char const *format)
{
  char *name = entry_file_name (v, e);
  error (0, errnum, format, quoteaf (name));
  free (name);
  v->ok = false;
}

void
xattr_error (struct verify *v, struct found const *f, char const *name)
{
  int e = errno;
  char *file = entry_file_name (v, f->entry);
  error (0, e, _("cannot read attribute %s of %s"), quote_n (0, name),
         quoteaf_n (1, file));
  free (file);
  v->ok = false;
}

/* Report that F's KEYWORD is FOUND where the manifest says EXPECTED,
   both as a manifest writes values; "" stands for nothing.  */
static void
report_difference (struct verify *v, struct found const *f,
                   char const *keyword, char const *expected,
                   char const *found)
{
  printf (_("%s: %s expected %s, found %s\n"), f->entry->path, keyword,
          *expected ? expected : _("(none)"), *found ? found : _("(none)"));
  v->ok = false;
}

void
report_text_difference (struct verify *v, struct found const *f,
                        char const *keyword,
                        char const *expected, size_t expected_len,
                        char const *found, size_t found_len,
                        char const *extra)
{
  struct mtree_buf e = { NULL, 0, 0 }, g = { NULL, 0, 0 };
  mtree_escape (&e, expected, expected_len, extra);
  mtree_escape (&g, found, found_len, extra);
  report_difference (v, f, keyword, e.data ? e.data : "",
                     g.data ? g.data : "");
  mtree_buf_free (&e);
  mtree_buf_free (&g);
}

/* Looking at what an entry names.  */

/* Open NAME under ROOT_FD, as if ROOT_FD were "/", without following NAME
   itself.  Before Linux 5.6 (no openat2), NAME is looked up as usual.  */
static int
open_entry (int root_fd, char const *name)
{
#ifdef SYS_openat2
  struct open_how how = {
    .flags = O_PATH | O_NOFOLLOW | O_CLOEXEC,
    .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
  };
  /* EAGAIN: a rename elsewhere in the tree raced the lookup.  */
  for (int attempt = 0; attempt < 16; attempt++)
    {
      long fd = syscall (SYS_openat2, root_fd, name, &how, sizeof how);
      if (0 <= fd)
        return fd;
      if (errno != EAGAIN)
        break;
    }
  if (errno != ENOSYS && errno != EPERM)
    return -1;
#endif
  return openat (root_fd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
}

int
found_read_fd (struct verify *v, struct found *f)
{
  if (f->read_fd < 0 && ! f->read_failed)
    {
      char name[PROC_FD_NAME_SIZE];
      proc_fd_name (name, f->fd);
      f->read_fd = open (name, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
      f->read_failed = f->read_fd < 0;
      if (f->read_failed)
        entry_error (v, f->entry, errno, _("cannot open %s"));
    }
  return f->read_fd;
}

/* Checking keywords.  Each reports a difference or an error.  */

static bool
type_matches (struct verify *v, struct found const *f)
{
  char const *expected = f->entry->settings[KEY_TYPE].value;
  mode_t type;
  if (! expected || ! parse_type (expected, &type)
      || (f->st.st_mode & S_IFMT) == type)
    return true;
  report_difference (v, f, "type", expected, type_word (f->st.st_mode));
  return false;
}

/* Whether KEY says something about an entry of type MODE.  */
static bool
key_applies (enum key key, mode_t mode)
{
  switch (key)
    {
    case KEY_MODE:
      return ! S_ISLNK (mode);
    case KEY_SIZE: case KEY_SHA256: case KEY_SHA512:
      return S_ISREG (mode);
    case KEY_LINK:
      return S_ISLNK (mode);
    case KEY_DEVICE:
      return S_ISCHR (mode) || S_ISBLK (mode);
    default:
      return true;
    }
}

/* Compare S, whose value may hold any byte once decoded, with the
   string FOUND.  */
static void
check_text (struct verify *v, struct found const *f,
            struct setting const *s, char const *found)
{
  char *expected = xstrdup (s->value);
  size_t expected_len = mtree_unescape (expected);
  size_t found_len = strlen (found);
  if (! same_bytes (expected, expected_len, found, found_len))
    report_text_difference (v, f, s->keyword, expected, expected_len,
                            found, found_len, NULL);
  free (expected);
}

static char const *
id_name (struct id_name *cache, uintmax_t id, bool group)
{
  if (! cache->known || cache->id != id)
    {
      struct passwd const *pw = group ? NULL : getpwuid (id);
      struct group const *gr = group ? getgrgid (id) : NULL;
      char const *name = pw ? pw->pw_name : gr ? gr->gr_name : NULL;
      free (cache->name);
      cache->name = name ? xstrdup (name) : NULL;
      cache->id = id;
      cache->known = true;
    }
  return cache->name;
}

/* uname= or gname= (GROUP): the name of the entry's owner or group, its
   number if it has none.  */
static void
check_owner_name (struct verify *v, struct found const *f,
                  struct setting const *s, bool group)
{
  uintmax_t id = group ? f->st.st_gid : f->st.st_uid;
  char const *name = id_name (group ? &v->groups : &v->users, id, group);
  char buf[INT_BUFSIZE_BOUND (uintmax_t)];
  if (! name)
    name = umaxtostr (id, buf);
  check_text (v, f, s, name);
}

static void
check_number (struct verify *v, struct found const *f,
              struct setting const *s, uintmax_t found)
{
  uintmax_t expected;
  char e[INT_BUFSIZE_BOUND (uintmax_t)], g[INT_BUFSIZE_BOUND (uintmax_t)];
  if (parse_decimal (s->value, &expected) && expected != found)
    report_difference (v, f, s->keyword, umaxtostr (expected, e),
                       umaxtostr (found, g));
}

/* Room for "0" and an unsigned int in octal; and for a time.  */
enum
{
  MODE_TEXT_SIZE = sizeof "0" + (CHAR_BIT * sizeof (unsigned int) + 2) / 3,
  TIME_TEXT_SIZE = INT_BUFSIZE_BOUND (intmax_t) + INT_BUFSIZE_BOUND (long)
};

static void
check_mode (struct verify *v, struct found const *f,
            struct setting const *s)
{
  mode_t expected;
  mode_t found = f->st.st_mode & CHMOD_MODE_BITS;
  if (parse_mode (s->value, &expected) && expected != found)
    {
      /* As mtree writes modes: "0755", "04755".  */
      char e[MODE_TEXT_SIZE], g[MODE_TEXT_SIZE];
      sprintf (e, "0%03o", (unsigned int) expected);
      sprintf (g, "0%03o", (unsigned int) found);
      report_difference (v, f, s->keyword, e, g);
    }
}

static void
format_time (char *buf, struct timespec t)
{
  sprintf (buf, "%jd.%09ld", (intmax_t) t.tv_sec, t.tv_nsec);
}

static void
check_time (struct verify *v, struct found const *f,
            struct setting const *s)
{
  struct timespec expected;
  struct timespec found = get_stat_mtime (&f->st);
  if (parse_time (s->value, &expected) && timespec_cmp (expected, found))
    {
      char e[TIME_TEXT_SIZE], g[TIME_TEXT_SIZE];
      format_time (e, expected);
      format_time (g, found);
      report_difference (v, f, s->keyword, e, g);
    }
}

static void
check_link (struct verify *v, struct found const *f,
            struct setting const *s)
{
  char *target = areadlinkat (f->fd, "");
  if (! target)
    {
      entry_error (v, f->entry, errno, _("cannot read symbolic link %s"));
      return;
    }
  check_text (v, f, s, target);
  free (target);
}

/* Append device D to BUF, in the form it was read in.  */
static void
format_device (struct mtree_buf *buf, struct device const *d)
{
  char number[INT_BUFSIZE_BOUND (uintmax_t)];
  if (! d->format)
    {
      dev_t dev = makedev (d->major, d->minor);
      mtree_append_str (buf, umaxtostr (dev, number));
      return;
    }
  mtree_append (buf, d->format, d->format_len);
  mtree_append_str (buf, ",");
  mtree_append_str (buf, umaxtostr (d->major, number));
  mtree_append_str (buf, ",");
  mtree_append_str (buf, umaxtostr (d->minor, number));
}

static void
check_device (struct verify *v, struct found const *f,
              struct setting const *s)
{
  struct device expected;
  if (! parse_device (s->value, &expected))
    return;
  struct device found = expected;
  found.major = major (f->st.st_rdev);
  found.minor = minor (f->st.st_rdev);
  if (expected.major != found.major || expected.minor != found.minor)
    {
      struct mtree_buf e = { NULL, 0, 0 }, g = { NULL, 0, 0 };
      format_device (&e, &expected);
      format_device (&g, &found);
      report_difference (v, f, s->keyword, e.data, g.data);
      mtree_buf_free (&e);
      mtree_buf_free (&g);
    }
}

static void
check_digest (struct verify *v, struct found *f, struct setting const *s,
              enum key key)
{
  char expected[DIGEST_HEX_SIZE], found[DIGEST_HEX_SIZE];
  if (! parse_digest (key, s->value, expected))
    return;
  int fd = found_read_fd (v, f);
  if (fd < 0)
    return;
  struct digest d;
  digest_init (&d, key == KEY_SHA512 ? DIGEST_SHA512 : DIGEST_SHA256);
  if (lseek (fd, 0, SEEK_SET) != 0 || digest_read (&d, fd) != 0)
    {
      entry_error (v, f->entry, errno, _("error reading %s"));
      return;
    }
  digest_finish (&d, found);
  if (! streq (expected, found))
    report_difference (v, f, s->keyword, expected, found);
}

/* Check KEY of F's entry; the tags are checked in
   manifest-verify-tags.c.  */
static void
check_key (struct verify *v, struct found *f, enum key key)
{
  struct setting const *s = &f->entry->settings[key];
  switch (key)
    {
    case KEY_UNAME: check_owner_name (v, f, s, false); break;
    case KEY_GNAME: check_owner_name (v, f, s, true); break;
    case KEY_UID: check_number (v, f, s, f->st.st_uid); break;
    case KEY_GID: check_number (v, f, s, f->st.st_gid); break;
    case KEY_SIZE: check_number (v, f, s, f->st.st_size); break;
    case KEY_MODE: check_mode (v, f, s); break;
    case KEY_TIME: check_time (v, f, s); break;
    case KEY_LINK: check_link (v, f, s); break;
    case KEY_DEVICE: check_device (v, f, s); break;
    case KEY_SHA256: case KEY_SHA512: check_digest (v, f, s, key); break;
    case KEY_TAGS: check_tags (v, f, s); break;
    default: break;
    }
}

/* Check the entry E.  Once its type differs, nothing else is
   compared: every other difference would follow from that one.  */
static void
check_entry (struct verify *v, struct entry const *e)
{
  struct found f = { .entry = e, .read_fd = -1 };
  f.fd = open_entry (v->root_fd, e->name);
  if (f.fd < 0)
    {
      if (errno == ENOENT || errno == ENOTDIR)
        {
          printf (_("%s: missing\n"), e->path);
          v->ok = false;
        }
      else
        entry_error (v, e, errno, _("cannot access %s"));
      return;
    }
  if (fstat (f.fd, &f.st) != 0)
    entry_error (v, e, errno, _("cannot stat %s"));
  else if (type_matches (v, &f))
    for (int k = KEY_TYPE + 1; k < KEY_COUNT; k++)
      if (e->settings[k].value && key_applies (k, f.st.st_mode))
        check_key (v, &f, k);
  if (0 <= f.read_fd)
    close (f.read_fd);
  close (f.fd);
}

bool
verify_manifest (char const *manifest, char const *root)
{
  struct verify v = { .root = root, .ok = true };
  FILE *stream = fopen (manifest, "re");
  if (! stream)
    {
      error (0, errno, _("cannot open %s"), quoteaf (manifest));
      return false;
    }
  v.root_fd = open (root, O_DIRSEARCH);
  if (v.root_fd < 0)
    {
      error (0, errno, _("cannot open %s"), quoteaf (root));
      fclose (stream);          /* Nothing was read from it.  */
      return false;
    }
  /* An entry missing from a manifest read in part would pass.  */
  struct manifest m;
  bool read_whole = read_manifest (manifest, stream, &m);
  if (read_whole)
    for (idx_t i = 0; i < m.n_entries; i++)
      if (! m.entries[i].replaced)
        check_entry (&v, &m.entries[i]);
  close (v.root_fd);
  bool ok = read_whole && m.valid && v.ok;
  free_manifest (&m);
  free (v.users.name);
  free (v.groups.name);
  return ok;
}
