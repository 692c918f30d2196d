"""This module tries to retrieve as much platform-identifying data as
possible. It makes this information available via function APIs.

If called from the command line, it prints the platform
information concatenated as single string to stdout. The output
format is usable as part of a filename.

"""

__copyright__ = """
    Copyright (c) 1999-2000, Marc-Andre Lemburg; mailto:mal@lemburg.com
    Copyright (c) 2000-2010, eGenix.com Software GmbH; mailto:info@egenix.com

    Permission to use, copy, modify, and distribute this software and its
    documentation for any purpose and without fee or royalty is hereby granted,
    provided that the above copyright notice appear in all copies and that
    both that copyright notice and this permission notice appear in
    supporting documentation or portions thereof, including modifications,
    that you make.

    EGENIX.COM SOFTWARE GMBH DISCLAIMS ALL WARRANTIES WITH REGARD TO
    THIS SOFTWARE, INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND
    FITNESS, IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL,
    INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING
    FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
    NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION
    WITH THE USE OR PERFORMANCE OF THIS SOFTWARE !

"""

__version__ = '1.0.9'

import collections
import os
import re
import sys


# ---------------------------------------------------------------------------
# Asking the system.  Two answers come from commands ("uname -p" and
# "file -b"); the module forks and execs them itself so that it does not
# depend on subprocess.

def _descriptor_limit():
    try:
        return os.sysconf('SC_OPEN_MAX')
    except (AttributeError, ValueError, OSError):
        return 256


def _exec_in_child(argv, env, to_parent):
    # Runs in the forked child and never returns: either the exec replaces
    # the process, or the child ends with status 127.
    try:
        # the pipe first: it may itself sit on 0 or 2 if those were closed
        os.dup2(to_parent, 1)
        quiet = os.open(os.devnull, os.O_RDWR)
        for std_fd in (0, 2):
            if quiet != std_fd:
                os.dup2(quiet, std_fd)
        for std_fd in (0, 1, 2):
            os.set_inheritable(std_fd, True)
        # nothing else of ours for the command to inherit
        os.closerange(3, _descriptor_limit())
        if env is None:
            os.execvp(argv[0], argv)
        else:
            os.execvpe(argv[0], argv, env)
    finally:
        os._exit(127)


def _command_output(argv, env=None):
    """The standard output (bytes) of the command argv, run with standard
    input and error on the null device; None if it cannot be started or
    does not exit with status 0."""
    try:
        from_child, to_parent = os.pipe()
    except (AttributeError, OSError):
        return None
    try:
        child = os.fork()
    except (AttributeError, OSError):
        os.close(from_child)
        os.close(to_parent)
        return None
    if child == 0:
        _exec_in_child(argv, env, to_parent)
    os.close(to_parent)
    received = []
    try:
        while block := os.read(from_child, 8192):
            received.append(block)
    finally:
        os.close(from_child)
        status = os.waitpid(child, 0)[1]
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    return b''.join(received)


def _processor_from_uname():
    answer = _command_output(['uname', '-p'])
    if answer is None:
        return ''
    answer = answer.decode('utf-8').strip()
    # GNU uname says "unknown" where it has nothing to say.
    return '' if answer == 'unknown' else answer


# ---------------------------------------------------------------------------
# uname()

class _LateProcessor:
    """The processor field of uname_result.  Asking for it runs a command,
    so it is found only when first read; the answer is then kept in the
    instance's __dict__, which takes precedence over this (non-data)
    descriptor from then on."""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__['processor'] = _processor_from_uname()
        return value


_UNAME_FIELDS = ('system', 'node', 'release', 'version', 'machine')


class uname_result(collections.namedtuple('uname_result_base', _UNAME_FIELDS,
                                          module=__name__)):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    # The tuple itself holds the five fields os.uname() gives (they are what
    # it compares, hashes and pickles by); seen as a sequence it has six.
    _fields = _UNAME_FIELDS + ('processor',)
    processor = _LateProcessor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return len(self._fields)

    def __getitem__(self, index):
        return tuple(self)[index]

    @classmethod
    def _make(cls, iterable):
        # through the constructor, which counts the fields
        values = [*iterable]
        return cls(*values)

    def __reduce__(self):
        return type(self), tuple(tuple.__iter__(self))


_uname_now = None


def uname():
    """ Fairly portable uname interface. Returns a tuple
        of strings (system, node, release, version, machine, processor)
        identifying the underlying platform.

        Note that unlike the os.uname function this also returns
        possible processor information as an additional tuple entry.

        Entries which cannot be determined are set to ''.

    """
    global _uname_now
    if _uname_now is None:
        try:
            known = os.uname()
        except AttributeError:
            known = [''] * len(_UNAME_FIELDS)
        _uname_now = uname_result(*known)
    return _uname_now


def system():
    """ Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'.

        An empty string is returned if the value cannot be determined.

    """
    return uname().system


def node():
    """ Returns the computer's network name (which may not be fully
        qualified)

        An empty string is returned if the value cannot be determined.

    """
    return uname().node


def release():
    """ Returns the system's release, e.g. '2.2.0' or 'NT'

        An empty string is returned if the value cannot be determined.

    """
    return uname().release


def version():
    """ Returns the system's release version, e.g. '#3 on degas'

        An empty string is returned if the value cannot be determined.

    """
    return uname().version


def machine():
    """ Returns the machine type, e.g. 'i386'

        An empty string is returned if the value cannot be determined.

    """
    return uname().machine


def processor():
    """ Returns the (true) processor name, e.g. 'amdk6'

        An empty string is returned if the value cannot be
        determined. Note that many platforms do not provide this
        information or simply return the same value as for machine(),
        e.g.  NetBSD does this.

    """
    return uname().processor


# ---------------------------------------------------------------------------
# architecture(): what "file" says of a binary.

# Looked for in this order in the output of "file"; the first found names
# the linkage.  None: decided by whether Windows is mentioned too.
_LINKAGE_WORDS = (('ELF', 'ELF'), ('Mach-O', 'Mach-O'), ('PE', None),
                  ('COFF', 'COFF'), ('MS-DOS', 'MSDOS'))

# A symbolic link whose chain is longer than this is taken as a loop.
_MOST_LINKS = 40


def _link_target(path):
    """path made absolute, with the symbolic links it names followed to the
    file at the end of the chain ("file" would describe the link)."""
    path = os.path.abspath(path)
    for _ in range(_MOST_LINKS):
        if not os.path.islink(path):
            break
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return path


def architecture(executable=sys.executable, bits='', linkage=''):
    """ Queries the given executable (defaults to the Python interpreter
        binary) for various architecture information.

        Returns a tuple (bits, linkage) which contains information about
        the bit architecture and the linkage format used for the
        executable. Both values are returned as strings.

        Values that cannot be determined are returned as given by the
        parameter presets. If bits is given as '', the sizeof(pointer)
        (or sizeof(long) on Python version < 1.5.2) is used as
        indicator for the supported pointer size.

        The function relies on the system's "file" command to do the
        actual work. This is available on most if not all Unix
        platforms. On some non-Unix platforms where the "file" command
        does not exist and the executable is set to the Python interpreter
        binary defaults from _default_architecture are used.

    """
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not executable:
        return bits, linkage
    target = os.fsdecode(_link_target(executable))
    described = _command_output(['file', '-b', target],
                                dict(os.environ, LC_ALL='C'))
    if described is None:
        return bits, linkage
    described = described.decode('latin-1')
    if 'executable' not in described and 'shared object' not in described:
        return bits, linkage

    if '32-bit' in described:
        bits = '32bit'
    elif '64-bit' in described:
        bits = '64bit'
    for word, name in _LINKAGE_WORDS:
        if word in described:
            if name is None:
                name = 'WindowsPE' if 'Windows' in described else 'PE'
            linkage = name
            break
    return bits, linkage


# ---------------------------------------------------------------------------
# libc_ver(): the C library a binary names.

# What a binary linked against a C library holds: the start-up symbol of
# old libcs, glibc's versioned symbols, the library's file name (with a
# suffix such as "_r" for the thread-safe variant).
_LIBC_MARKS = re.compile(
    rb'(__libc_init)|GLIBC_([0-9.]+)|libc(_\w+)?\.so(?:\.(\d[0-9.]*))?')

# A piece of a file that may hold the start of a mark cut by the end of a
# read; it is looked at again together with the next read.
_CARRY_BYTES = 64


def _libc_marks(path, chunksize):
    """Yield (startup, glibc_version, suffix, so_version) for each mark in
    the file, as str or None.  The file is read chunksize bytes at a time;
    a mark that reaches the end of what has been read could still grow, so
    it is only taken once more has been read or the file has ended."""
    with open(path, 'rb') as binary:
        text = b''
        while True:
            block = binary.read(chunksize)
            ended = not block
            text += block
            resume = 0
            unfinished = None
            while mark := _LIBC_MARKS.search(text, resume):
                if mark.end() == len(text) and not ended:
                    unfinished = mark.start()
                    break
                yield tuple(None if part is None else part.decode('latin-1')
                            for part in mark.groups())
                resume = mark.end()
            if ended:
                return
            if unfinished is None:
                unfinished = max(resume, len(text) - _CARRY_BYTES)
            text = text[unfinished:]


# Words that rank a version above any number in the same place ("patch
# level"); every other word ranks below.
_AFTER_RELEASE_WORDS = ('p', 'pl')


def _version_order(text):
    """A key that sorts version strings such as '2.17', '6' or '4.2_r':
    their numbers compared as numbers, dots and underscores only separating
    them, and words ranked as _AFTER_RELEASE_WORDS says."""
    key = []
    for number, word in re.findall(r'(\d+)|([^\W\d_]+)', text):
        if number:
            key.append((1, int(number)))
        else:
            key.append((2 if word in _AFTER_RELEASE_WORDS else 0,))
    return key


def _running_libc():
    # The C library this process runs on, as the C library itself says.
    try:
        said = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        return None
    if said is None:
        return None
    parts = said.split()
    return tuple(parts) if len(parts) == 2 else None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """ Tries to determine the libc version that the file executable
        (which defaults to the Python interpreter) is linked against.

        Returns a tuple of strings (lib,version) which default to the
        given parameters in case the lookup fails.

        Note that the function has intimate knowledge of how different
        libc versions add symbols to the executable and thus is probably
        only usable for executables compiled using gcc.

        The file is read and scanned in chunks of chunksize bytes.

    """
    if not executable:
        running = _running_libc()
        if running is not None:
            return running
        executable = sys.executable
        if not executable:
            return lib, version
    # (an int is refused here, where open() would take it as a descriptor)
    path = os.path.realpath(executable)

    found = None        # the version seen so far
    for startup, glibc, suffix, so_version in _libc_marks(path, chunksize):
        if startup:
            if not lib:
                lib = 'libc'
        elif glibc:
            if lib != 'glibc':
                lib, found = 'glibc', glibc
            elif _version_order(glibc) > _version_order(found):
                found = glibc
        elif lib != 'glibc':
            # once glibc is seen, libc.so names tell nothing more
            lib = 'libc'
            if so_version and (found is None or
                               _version_order(so_version) > _version_order(found)):
                found = so_version
            if suffix and found[-len(suffix):] != suffix:
                found += suffix
    return lib, (version if found is None else found)


# ---------------------------------------------------------------------------
# Other systems: on Linux these answer with what they are given.

def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """ Get macOS version information and return it as tuple (release,
        versioninfo, machine) with versioninfo being a tuple (version,
        dev_stage, non_release_version).

        Entries which cannot be determined are set to the parameter values
        which default to ''. All tuple entries are strings.
    """
    return release, versioninfo, machine


# (first version, name) of Windows' client releases, oldest first: a
# version is named after the last entry it is not below.
_WINDOWS_CLIENT_NAMES = (
    ((5, 0, 0), '2000'),
    ((5, 1, 0), 'XP'),
    ((5, 2, 0), 'XPMedia'),
    ((5, 2, 3790), 'XP64'),
    ((6, 0, 0), 'Vista'),
    ((6, 1, 0), '7'),
    ((6, 2, 0), '8'),
    ((6, 3, 0), '8.1'),
    ((6, 4, 0), '10'),
    ((10, 0, 22000), '11'),
    ((10, 1, 0), 'post11'),
)


def win32_ver(release='', version='', csd='', ptype=''):
    if version:
        numbers = tuple(int(piece) for piece in version.split('.'))
        for first, name in _WINDOWS_CLIENT_NAMES:
            if numbers < first:
                break
            release = name
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """ Version interface for Jython.

        Returns a tuple (release, vendor, vminfo, osinfo) with vminfo being
        a tuple (vm_name, vm_release, vm_vendor) and osinfo being a
        tuple (os_name, os_version, os_arch).

        Values which cannot be determined are set to the defaults
        given as parameters (which all default to '').

    """
    import warnings
    warnings.warn("'java_ver' is deprecated and slated for removal in Python 3.15",
                  DeprecationWarning, stacklevel=2)
    return release, vendor, vminfo, osinfo


AndroidVer = collections.namedtuple(
    'AndroidVer', 'release api_level manufacturer model device is_emulator',
    module=__name__)


def android_ver(release='', api_level=0, manufacturer='', model='', device='',
                is_emulator=False):
    return AndroidVer(release, api_level, manufacturer, model, device,
                      is_emulator)


IOSVersionInfo = collections.namedtuple(
    'IOSVersionInfo', 'system release model is_simulator', module=__name__)


def ios_ver(system='', release='', model='', is_simulator=False):
    """Get iOS version information, and return it as a namedtuple:
        (system, release, model, is_simulator).

    If values can't be determined, they are set to values provided as
    parameters.
    """
    return IOSVersionInfo(system, release, model, is_simulator)


# ---------------------------------------------------------------------------
# platform()

def system_alias(system, release, version):
    """ Returns (system, release, version) aliased to common
        marketing names used for some systems.

        It also does some reordering of the information in some cases
        where it would otherwise cause confusion.

    """
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    if system != 'SunOS' or release < '5':
        return system, release, version
    # SunOS 5.x is sold as Solaris 2.x
    head, dot, rest = release.partition('.')
    try:
        release = str(int(head) - 3) + dot + rest
    except ValueError:
        pass
    return 'Solaris', release, version


# Characters a file name should not hold: they become '-' (a space '_').
_NOT_IN_FILE_NAMES = re.compile(r'["()/:;\\]')


def _as_file_name(*parts):
    """The non-blank parts joined by '-' into one name fit for a file: no
    spaces, no 'unknown', no runs of '-' nor one at the end."""
    name = '-'.join(filter(None, (part.strip() for part in parts)))
    name = _NOT_IN_FILE_NAMES.sub('-', name.replace(' ', '_'))
    name = re.sub('-{2,}', '-', name.replace('unknown', ''))
    return name.removesuffix('-')


def _describe_platform(aliased, terse):
    # the uncached body of platform()
    about = uname()
    system, release, version = about.system, about.release, about.version
    if aliased:
        system, release, version = system_alias(system, release, version)

    if system == 'Darwin':
        mac_release = mac_ver()[0]
        if mac_release:
            system, release = 'macOS', mac_release
    if system == 'Windows':
        if terse:
            return _as_file_name(system, release)
        return _as_file_name(system, release, version, win32_ver()[2])
    if system == 'Java':
        os_name, os_version, os_arch = java_ver()[3]
        if terse or not os_name:
            return _as_file_name(system, release, version)
        return _as_file_name(system, release, version, 'on', os_name,
                             os_version, os_arch)
    if system == 'Linux':
        # the C library matters more there than the format of binaries
        lib_name, lib_version = libc_ver()
        return _as_file_name(system, release, about.machine, 'with',
                             lib_name + lib_version)
    if terse:
        return _as_file_name(system, release)
    bits, linkage = architecture(sys.executable)
    return _as_file_name(system, release, about.machine, bits, linkage)


_platform_answers = {}


def platform(aliased=False, terse=False):
    """ Returns a single string identifying the underlying platform
        with as much useful information as possible (but no more :).

        The output is intended to be human readable rather than
        machine parseable. It may look different on different
        platforms and this is intended.

        If "aliased" is true, the function will use aliases for
        various platforms that report system names which differ from
        their common names, e.g. SunOS will be reported as
        Solaris. The system_alias() function is used to implement
        this.

        Setting terse to true causes the function to return only the
        absolute minimum information needed to identify the platform.

    """
    key = (aliased, terse)
    if key not in _platform_answers:
        _platform_answers[key] = _describe_platform(aliased, terse)
    return _platform_answers[key]


# ---------------------------------------------------------------------------
# The interpreter, as sys describes it.

# sys.version reads "<version> (<build>[, <date>[, <time>]]) [<compiler>]".
_SYS_VERSION_SHAPE = re.compile(
    r'([\w.+]+)\s*\(([^,)]+)(?:,\s*([^,)]*))?(?:,\s*([^,)]*))?\)\s*\[([^\]]+)\]',
    re.ASCII)


def _interpreter_facts():
    """(version, build number, build date, compiler) from sys.version."""
    shape = _SYS_VERSION_SHAPE.match(sys.version)
    if shape is None:
        raise ValueError('failed to parse CPython sys.version: %r' % sys.version)
    number, build, date, time, compiler = shape.groups()
    date = date or ''
    if time:
        date = date + ' ' + time
    if number.count('.') == 1:
        # "3.15" is shown as "3.15.0"
        number += '.0'
    return number, build, date, compiler


# how the implementations that sys.implementation.name names write their names
_IMPLEMENTATION_NAMES = {'cpython': 'CPython', 'pypy': 'PyPy',
                         'ironpython': 'IronPython', 'jython': 'Jython'}


def python_implementation():
    """ Returns a string identifying the Python implementation.

        Currently, the following implementations are identified:
          'CPython' (C implementation of Python),
          'Jython' (Java implementation of Python),
          'PyPy' (Python implementation of Python).

    """
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """ Returns the Python version as string 'major.minor.patchlevel'

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).

    """
    return _interpreter_facts()[0]


def python_version_tuple():
    """ Returns the Python version as tuple (major, minor, patchlevel)
        of strings.

        Note that unlike the Python sys.version, the returned value
        will always include the patchlevel (it defaults to 0).

    """
    return tuple(_interpreter_facts()[0].split('.'))


def python_branch():
    """ Returns a string identifying the Python implementation
        branch.

        For CPython this is the SCM branch from which the
        Python binary was built.

        If not available, an empty string is returned.

    """
    return getattr(sys, '_git', ('', '', ''))[1]


def python_revision():
    """ Returns a string identifying the Python implementation
        revision.

        For CPython this is the SCM revision from which the
        Python binary was built.

        If not available, an empty string is returned.

    """
    return getattr(sys, '_git', ('', '', ''))[2]


def python_build():
    """ Returns a tuple (buildno, builddate) stating the Python
        build number and date as strings.

    """
    facts = _interpreter_facts()
    return facts[1], facts[2]


def python_compiler():
    """ Returns a string identifying the compiler used for compiling
        Python.

    """
    return _interpreter_facts()[3]


# ---------------------------------------------------------------------------
# freedesktop_os_release()

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')

# What is known before the file is read (its keys override these).
_OS_RELEASE_DEFAULTS = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}

# KEY=value, the key at the very start of the line.
_OS_RELEASE_LINE = re.compile(r'([A-Za-z0-9_]+)=(.*)')
_OS_RELEASE_ESCAPE = re.compile(r'\\([\\$"\'`])')

_os_release_read = None


def _os_release_value(raw):
    # A value quoted as a whole loses its quotes; backslashes before the
    # characters a shell would interpret are dropped, quoted or not.
    if len(raw) >= 2 and raw[0] in '"\'' and raw[-1] == raw[0]:
        raw = raw[1:-1]
    return _OS_RELEASE_ESCAPE.sub(r'\1', raw)


def _parse_os_release(lines):
    info = dict(_OS_RELEASE_DEFAULTS)
    for line in lines:
        entry = _OS_RELEASE_LINE.match(line)
        if entry is not None:
            info[entry.group(1)] = _os_release_value(entry.group(2))
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_read
    if _os_release_read is None:
        last_errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as lines:
                    _os_release_read = _parse_os_release(lines)
                break
            except OSError as failure:
                last_errno = failure.errno
        else:
            raise OSError(last_errno, 'Unable to read files '
                          + ', '.join(_os_release_candidates))
    return dict(_os_release_read)


def invalidate_caches():
    """Invalidate the cached results."""
    global _uname_now, _os_release_read
    _uname_now = None
    _os_release_read = None
    _platform_answers.clear()


# ---------------------------------------------------------------------------
# python -m platform [--terse] [--nonaliased] [{nonaliased,terse} ...]

_SWITCHES = ('--terse', '--nonaliased', '--help')
_WORDS = ('nonaliased', 'terse')


def _usage_text(prog):
    return ('usage: %s [-h] [--terse] [--nonaliased] [{nonaliased,terse} ...]\n'
            % prog)


def _help_text(prog):
    return (_usage_text(prog) + '\n'
            'positional arguments:\n'
            '  {nonaliased,terse}\n\n'
            'options:\n'
            '  -h, --help          show this help message and exit\n'
            '  --terse             return only the absolute minimum information needed to\n'
            '                      identify the platform\n'
            '  --nonaliased        disable system/OS name aliasing. If aliasing is enabled,\n'
            '                      some platforms report system names different from their\n'
            '                      common names, e.g. SunOS is reported as Solaris\n')


def _full_switch(arg):
    # a long option may be shortened as long as it stays unambiguous
    if arg == '-h':
        return '--help'
    matches = [name for name in _SWITCHES if arg.startswith('--') and name.startswith(arg)]
    return matches[0] if len(matches) == 1 else None


def _main(args=None):
    prog = os.path.basename(sys.executable or 'python') + ' -m platform'
    if args is None:
        args = sys.argv[1:]
    chosen = set()
    unknown = []
    options_done = False
    for arg in args:
        if not options_done and arg == '--':
            options_done = True
        elif not options_done and arg.startswith('-') and arg != '-':
            switch = _full_switch(arg)
            if switch == '--help':
                sys.stdout.write(_help_text(prog))
                return 0
            if switch is None:
                unknown.append(arg)
            else:
                chosen.add(switch[2:])
        elif arg in _WORDS:
            chosen.add(arg)
        else:
            sys.stderr.write('%s%s: error: argument args: invalid choice: %r '
                             '(choose from %s)\n' % (_usage_text(prog), prog, arg,
                                                    ', '.join(map(repr, _WORDS))))
            return 2
    if unknown:
        sys.stderr.write('%s%s: error: unrecognized arguments: %s\n'
                         % (_usage_text(prog), prog, ' '.join(unknown)))
        return 2
    print(platform('nonaliased' not in chosen, 'terse' in chosen))
    return 0


if __name__ == '__main__':
    sys.exit(_main())
