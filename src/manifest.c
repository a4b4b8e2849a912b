/* manifest.c: --manifest, the record of what was installed.
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

#include "manifest.h"

#include <grp.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

#include "system.h"
#include "full-write.h"
#include "inttostr.h"
#include "mtree.h"
#include "stat-time.h"
#include "xgetcwd.h"

/* Lines wait in memory until there are this many bytes of them.  */
enum { FLUSH_SIZE = 64 * 1024 };

static struct
{
  int fd;                   /* -1 when there is no manifest.  */
  char const *file;         /* As named, for diagnostics.  */
  char *root;               /* --manifest-root, absolute, or NULL.  */
  enum digest_kind digest;
  struct mtree_buf pending; /* Whole lines not written yet.  */
  bool failed;              /* A write failed: reported once.  */
  bool sync;                /* --sync */
} manifest = { .fd = -1 };

/* NAME made absolute (if ABSOLUTE) and cleaned up by its text alone:
   no empty or "." components, no trailing slash; symbolic links are not
   followed (the manifest records names, as the user gave them).  */
static char *
clean_name (char const *name, bool absolute)
{
  char *cwd = absolute && name[0] != '/' ? xgetcwd () : NULL;
  if (absolute && name[0] != '/' && ! cwd)
    xalloc_die ();
  size_t len = (cwd ? strlen (cwd) + 1 : 0) + strlen (name) + 2;
  char *whole = xmalloc (len);
  char *clean = xmalloc (len);
  strcpy (stpcpy (stpcpy (whole, cwd ? cwd : ""), cwd ? "/" : ""), name);
  char *out = clean;
  if (whole[0] == '/')
    *out++ = '/';
  for (char *p = whole, *component; (component = strsep (&p, "/")); )
    if (*component && ! streq (component, "."))
      {
        if (out != clean && out[-1] != '/')
          *out++ = '/';
        out = stpcpy (out, component);
      }
  *out = '\0';
  free (cwd);
  free (whole);
  return clean;
}

void
manifest_open (char const *file, char const *root, enum digest_kind digest,
               bool sync)
{
  manifest.fd = open (file, O_WRONLY | O_APPEND | O_CREAT | O_NOCTTY
                            | O_CLOEXEC, S_IRUSR | S_IWUSR | S_IRGRP
                                         | S_IROTH);
  if (manifest.fd < 0)
    error (EXIT_FAILURE, errno, _("cannot open manifest %s"), quoteaf (file));
  manifest.file = file;
  manifest.root = root ? clean_name (root, true) : NULL;
  manifest.digest = digest;
  manifest.sync = sync;
}

bool
manifest_active (void)
{
  return 0 <= manifest.fd;
}

enum digest_kind
manifest_digest (void)
{
  return manifest.digest;
}

/* The path that records NAME: relative to the manifest's root if it is
   below it, with "./" before it, as METALOG has it.  */
static char *
recorded_path (char const *name)
{
  char *clean = clean_name (name, manifest.root != NULL);
  char const *rel = clean;
  size_t root_len = manifest.root ? strlen (manifest.root) : 0;
  if (manifest.root && strncmp (clean, manifest.root, root_len) == 0
      && (clean[root_len] == '/' || clean[root_len] == '\0'
          || root_len == 1))
    rel = clean + root_len;
  while (*rel == '/')
    rel++;
  char *path = xmalloc (strlen (rel) + 3);
  strcpy (stpcpy (path, *rel ? "./" : "."), rel);
  free (clean);
  return path;
}

static char const *
type_keyword (mode_t mode)
{
  return (S_ISDIR (mode) ? "dir" : S_ISLNK (mode) ? "link"
          : S_ISFIFO (mode) ? "fifo" : S_ISCHR (mode) ? "char"
          : S_ISBLK (mode) ? "block" : S_ISSOCK (mode) ? "socket" : "file");
}

/* Append " KEYWORD=VALUE", VALUE escaped.  */
static void
append_keyword (struct mtree_buf *line, char const *keyword,
                char const *value)
{
  mtree_append_str (line, " ");
  mtree_append_str (line, keyword);
  mtree_append_str (line, "=");
  mtree_escape (line, value, strlen (value), NULL);
}

/* Append the owner and group of ST: by name, as METALOG has them, or
   by number for an ID that has no name here.  The last names looked up
   are kept: a run installs most files with the same owner.  */
static void
append_owner (struct mtree_buf *line, struct stat const *st)
{
  static uid_t last_uid = (uid_t) -1;
  static gid_t last_gid = (gid_t) -1;
  static char *user, *group;
  char number[INT_BUFSIZE_BOUND (uintmax_t)];
  if (st->st_uid != last_uid)
    {
      struct passwd const *pw = getpwuid (st->st_uid);
      free (user);
      user = pw ? xstrdup (pw->pw_name) : NULL;
      last_uid = st->st_uid;
    }
  if (st->st_gid != last_gid)
    {
      struct group const *gr = getgrgid (st->st_gid);
      free (group);
      group = gr ? xstrdup (gr->gr_name) : NULL;
      last_gid = st->st_gid;
    }
  append_keyword (line, user ? "uname" : "uid",
                  user ? user : umaxtostr (st->st_uid, number));
  append_keyword (line, group ? "gname" : "gid",
                  group ? group : umaxtostr (st->st_gid, number));
}

/* Append what E's type has: size, link target or device.  */
static void
append_type_details (struct mtree_buf *line, struct manifest_entry const *e)
{
  char buf[3 * INT_BUFSIZE_BOUND (uintmax_t) + sizeof "native,,"];
  mode_t mode = e->st.st_mode;
  if (S_ISREG (mode))
    append_keyword (line, "size", imaxtostr (e->st.st_size, buf));
  else if (S_ISLNK (mode) && e->link_target)
    append_keyword (line, "link", e->link_target);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    {
      sprintf (buf, "native,%ju,%ju", (uintmax_t) major (e->st.st_rdev),
               (uintmax_t) minor (e->st.st_rdev));
      append_keyword (line, "device", buf);
    }
}

/* Append the tags of E that mtree has no keyword for.  */
static void
append_tags (struct mtree_buf *line, struct manifest_entry const *e)
{
  struct mtree_buf tags = { NULL, 0, 0 };
  if (e->caps)
    {
      mtree_append_str (&tags, "ainstall.caps=");
      mtree_escape (&tags, e->caps, strlen (e->caps), ",");
    }
  if (e->context)
    {
      mtree_append_str (&tags, tags.len ? ",ainstall.context="
                                        : "ainstall.context=");
      mtree_escape (&tags, e->context, strlen (e->context), ",");
    }
  if (e->xattr_tags)
    {
      if (tags.len)
        mtree_append_str (&tags, ",");
      mtree_append_str (&tags, e->xattr_tags);
    }
  if (tags.len)
    {
      mtree_append_str (line, " tags=");
      mtree_append (line, tags.data, tags.len);
    }
  mtree_buf_free (&tags);
}

/* Format E's line onto LINE.  */
static void
format_entry (struct mtree_buf *line, struct manifest_entry const *e)
{
  char buf[2 * INT_BUFSIZE_BOUND (intmax_t) + 2];
  char *path = recorded_path (e->name);
  mtree_escape (line, path, strlen (path), NULL);
  free (path);
  mtree_append_str (line, " type=");
  mtree_append_str (line, type_keyword (e->st.st_mode));
  append_owner (line, &e->st);
  if (! S_ISLNK (e->st.st_mode))
    {
      sprintf (buf, "%#04o", (unsigned int) (e->st.st_mode & 07777));
      append_keyword (line, "mode", buf);
    }
  append_type_details (line, e);
  if (! e->no_time)
    {
      struct timespec t = get_stat_mtime (&e->st);
      sprintf (buf, "%jd.%09ld", (intmax_t) t.tv_sec, t.tv_nsec);
      append_keyword (line, "time", buf);
    }
  if (e->digest && S_ISREG (e->st.st_mode))
    append_keyword (line, digest_keyword (manifest.digest), e->digest);
  append_tags (line, e);
  mtree_append_str (line, "\n");
}

/* Append the pending lines to the file, under its lock.  */
static void
flush_pending (void)
{
  if (! manifest.pending.len || manifest.failed)
    return;
  struct stat st;
  bool ok = flock (manifest.fd, LOCK_EX) == 0;
  if (ok && fstat (manifest.fd, &st) == 0 && st.st_size == 0)
    ok = full_write (manifest.fd, "#mtree\n", 7) == 7;
  ok = ok && (full_write (manifest.fd, manifest.pending.data,
                          manifest.pending.len)
              == manifest.pending.len);
  int e = errno;
  flock (manifest.fd, LOCK_UN);
  if (! ok)
    {
      error (0, e, _("error writing %s"), quoteaf (manifest.file));
      manifest.failed = true;
    }
  manifest.pending.len = 0;
}

/* The value of the extended attribute ATTR of NAME, null-terminated,
   with its size in *SIZE; or NULL if it has none.  */
static char *
get_attribute (char const *name, bool nofollow, char const *attr,
               size_t *size)
{
  for (;;)
    {
      ssize_t n = (nofollow ? lgetxattr (name, attr, NULL, 0)
                   : getxattr (name, attr, NULL, 0));
      if (n < 0)
        return NULL;
      char *value = xmalloc (n + 1);
      ssize_t got = (nofollow ? lgetxattr (name, attr, value, n)
                     : getxattr (name, attr, value, n));
      if (0 <= got)
        {
          value[got] = '\0';
          *size = got;
          return value;
        }
      free (value);
      if (errno != ERANGE)      /* ERANGE: it grew meanwhile.  */
        return NULL;
    }
}

/* Append to TAGS the tag of the extended attribute ATTR whose value is
   the SIZE bytes of VALUE, in hexadecimal.  */
static void
append_xattr_tag (struct mtree_buf *tags, char const *attr,
                  unsigned char const *value, size_t size)
{
  static char const digits[] = "0123456789abcdef";
  if (tags->len)
    mtree_append_str (tags, ",");
  mtree_append_str (tags, "ainstall.xattr.");
  mtree_escape (tags, attr, strlen (attr), ",");
  mtree_append_str (tags, "=0x");
  for (size_t i = 0; i < size; i++)
    {
      char hex[2] = { digits[value[i] >> 4], digits[value[i] & 0xf] };
      mtree_append (tags, hex, 2);
    }
}

/* The tags of NAME's extended attributes, but for the capabilities and
   the SELinux context, which have tags of their own; or NULL.  */
static char *
xattr_tags (char const *name, bool nofollow)
{
  ssize_t size = (nofollow ? llistxattr (name, NULL, 0)
                  : listxattr (name, NULL, 0));
  if (size <= 0)
    return NULL;
  char *list = xmalloc (size);
  size = (nofollow ? llistxattr (name, list, size)
          : listxattr (name, list, size));
  struct mtree_buf tags = { NULL, 0, 0 };
  for (char const *attr = list; 0 < size && attr < list + size;
       attr += strlen (attr) + 1)
    {
      size_t value_size;
      char *value;
      if (streq (attr, "security.capability")
          || streq (attr, "security.selinux")
          || ! (value = get_attribute (name, nofollow, attr, &value_size)))
        continue;
      append_xattr_tag (&tags, attr, (unsigned char *) value, value_size);
      free (value);
    }
  free (list);
  return tags.data;
}

void
manifest_read_attributes (struct manifest_entry *e, char const *name,
                          bool nofollow, bool xattrs)
{
  size_t size;
  char *raw = get_attribute (name, nofollow, "security.capability", &size);
  if (raw)
    {
      struct file_caps *caps = caps_from_raw (raw, size);
      e->caps = caps_to_text (caps);
      caps_free (caps);
      free (raw);
    }
  e->context = get_attribute (name, nofollow, "security.selinux", &size);
  if (xattrs)
    e->xattr_tags = xattr_tags (name, nofollow);
}

void
manifest_record (struct manifest_entry *e)
{
  format_entry (&manifest.pending, e);
  if (FLUSH_SIZE <= manifest.pending.len)
    flush_pending ();
  free (e->caps);
  free (e->context);
  free (e->xattr_tags);
  e->caps = e->context = e->xattr_tags = NULL;
}

bool
manifest_close (void)
{
  if (! manifest_active ())
    return true;
  flush_pending ();
  if (manifest.sync && ! manifest.failed && fsync (manifest.fd) != 0)
    {
      error (0, errno, _("error syncing %s"), quoteaf (manifest.file));
      manifest.failed = true;
    }
  if (close (manifest.fd) != 0 && ! manifest.failed)
    {
      error (0, errno, _("error writing %s"), quoteaf (manifest.file));
      manifest.failed = true;
    }
  manifest.fd = -1;
  mtree_buf_free (&manifest.pending);
  free (manifest.root);
  return ! manifest.failed;
}
