/* usage.c: --help and --version.
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

#include "options.h"

#include "system.h"
#include "progname.h"

/* The year of the latest copyright, for --version.  */
enum { COPYRIGHT_YEAR = 2026 };

static void
emit_try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           program_name);
}

static void
emit_backup_suffix_note (void)
{
  fputs (_("\
\n\
The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.\n\
The version control method may be selected via the --backup option or through\n\
the VERSION_CONTROL environment variable.  Here are the values:\n\
\n\
"), stdout);
  fputs (_("\
  none, off       never make backups (even if --backup is given)\n\
  numbered, t     make numbered backups\n\
  existing, nil   numbered if numbered backups exist, simple otherwise\n\
  simple, never   always make simple backups\n\
"), stdout);
}

static void
emit_merge_mode_note (void)
{
  fputs (_("\
\n\
Every merge mode replaces each destination atomically, with one rename.\n\
Link and rename modes take the source's own file only if it is a regular\n\
file, not a symbolic link, that belongs to the user running install, has\n\
no other hard link and is not writable by others; they copy otherwise.\n\
"), stdout);
}

static void
emit_ancillary_info (void)
{
  printf (_("\n%s home page: <%s>\n"), PACKAGE_NAME, PACKAGE_URL);
  printf (_("Report bugs to: <%s>\n"), PACKAGE_BUGREPORT);
  printf (_("Full documentation: info ainstall, or man %s\n"), PACKAGE);
}

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    {
      emit_try_help ();
      exit (status);
    }

  printf (_("\
Usage: %s [OPTION]... [-T] SOURCE DEST\n\
  or:  %s [OPTION]... SOURCE... DIRECTORY\n\
  or:  %s [OPTION]... -t DIRECTORY SOURCE...\n\
  or:  %s [OPTION]... -d DIRECTORY...\n\
  or:  %s [OPTION]... -R IMAGE ROOT\n\
  or:  %s --verify=MANIFEST [ROOT]\n\
"),
          program_name, program_name, program_name, program_name,
          program_name, program_name);
  fputs (_("\
\n\
This install program copies files (often just compiled) into destination\n\
locations you choose.  If you want to download and install a ready-to-use\n\
package on a GNU/Linux system, you should instead be using a package manager\n\
like yum(1) or apt-get(1).\n\
\n\
In the first three forms, copy SOURCE to DEST or multiple SOURCE(s) to\n\
the existing DIRECTORY, while setting permission modes and owner/group.\n\
In the 4th form, create all components of the given DIRECTORY(ies).\n\
In the 5th form, merge the tree IMAGE into ROOT, each entry atomically.\n\
In the 6th form, check the tree ROOT (by default .) against MANIFEST.\n\
"), stdout);
  fputs (_("\
\n\
Mandatory arguments to long options are mandatory for short options too.\n\
"), stdout);
  fputs (_("\
      --backup[=CONTROL]  make a backup of each existing destination file\n\
  -b                  like --backup but does not accept an argument\n\
  -c                  (ignored)\n\
  -C, --compare       compare content of source and destination files, and\n\
                        if no change to content, ownership, and permissions,\n\
                        do not modify the destination at all\n\
  -d, --directory     treat all arguments as directory names; create all\n\
                        components of the specified directories\n\
"), stdout);
  fputs (_("\
  -D                  create all leading components of DEST except the last,\n\
                        or all components of --target-directory,\n\
                        then copy SOURCE to DEST\n\
"), stdout);
  fputs (_("\
      --debug         explain how a file is copied.  Implies -v\n\
"), stdout);
  fputs (_("\
  -g, --group=GROUP   set group ownership, instead of process' current group\n\
  -m, --mode=MODE     set permission mode (as in chmod), instead of rwxr-xr-x\n\
  -o, --owner=OWNER   set ownership (super-user only)\n\
"), stdout);
  fputs (_("\
  -p, --preserve-timestamps   apply access/modification times of SOURCE files\n\
                        to corresponding destination files\n\
  -s, --strip         strip symbol tables\n\
      --strip-program=PROGRAM  program used to strip binaries\n\
  -S, --suffix=SUFFIX  override the usual backup suffix\n\
  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY\n\
  -T, --no-target-directory  treat DEST as a normal file\n\
  -v, --verbose       print the name of each created file or directory\n\
"), stdout);
  fputs (_("\
      --preserve-context  preserve SELinux security context\n\
  -Z                      set SELinux security context of destination\n\
                            file and each created directory to default type\n\
      --context[=CTX]     like -Z, or if CTX is specified then set the\n\
                            SELinux or SMACK security context to CTX\n\
"), stdout);
  fputs (_("\
\n\
ainstall's own options:\n\
  -R, --recursive     merge the whole tree IMAGE into ROOT, where 'cp -a\n\
                        IMAGE/. ROOT/' would put it, keeping each entry's\n\
                        mode, owner and timestamps, hard links, symbolic\n\
                        links and device nodes\n\
      --protect=DIR   with -R, do not replace a file under DIR (as seen\n\
                        from ROOT) that has other content: install the new\n\
                        one beside it as ._cfgNNNN_NAME\n\
      --protect-mask=DIR  with -R, do not protect files under DIR\n\
      --merge-mode=MODE  how each file reaches its destination: 'copy' writes\n\
                        a new file (the default), 'link' hard-links the\n\
                        source, 'rename' moves the source; where that is\n\
                        not possible, copy\n\
      --preserve[=ATTR_LIST]  take these attributes from the source, unless\n\
                        -m, -o or -g say otherwise: mode, ownership,\n\
                        timestamps, xattr, caps, context, acl, all\n\
                        (default: mode,ownership,timestamps)\n\
      --caps=CAPS       give installed files the capabilities CAPS, in\n\
                        setcap's form (for example cap_net_raw+ep)\n\
      --exclude-xattr=PATTERN  with --preserve=xattr, do not copy extended\n\
                        attributes whose names match PATTERN\n\
      --file-contexts=FILE  label files and created directories as -Z does,\n\
                        with the contexts of FILE, SELinux enabled or not\n\
      --label-root=DIR  look destinations up as if DIR were /\n\
      --sync          exit only once every installed file, created directory\n\
                        and changed directory entry is on stable storage\n\
"), stdout);
  fputs (_("\
      --manifest=FILE  append to FILE an mtree line for each file, directory\n\
                        and link installed (FreeBSD's METALOG form)\n\
      --manifest-root=DIR  record the paths in the manifest relative to DIR\n\
      --digest=ALGORITHM  record the digest of each file's content in the\n\
                        manifest: sha256, sha512 or none (the default)\n\
      --unprivileged  set no owner, group, capabilities or SELinux context;\n\
                        record in the manifest those asked for instead\n\
      --verify=MANIFEST  check the tree ROOT against MANIFEST: print each\n\
                        difference, and install nothing\n\
\n\
"), stdout);
  fputs (_("      --help        display this help and exit\n"), stdout);
  fputs (_("      --version     output version information and exit\n"),
         stdout);
  emit_backup_suffix_note ();
  emit_merge_mode_note ();
  emit_ancillary_info ();
  exit (status);
}

_Noreturn void
print_version (void)
{
  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, VERSION);
  /* TRANSLATORS: %s is the copyright symbol "(C)", %d a year.  */
  printf (_("Copyright %s %d The ainstall authors.\n"), _("(C)"),
          COPYRIGHT_YEAR);
  fputs (_("\
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n\
\n\
Written by the ainstall authors.\n"), stdout);
  exit (EXIT_SUCCESS);
}
