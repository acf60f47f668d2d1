# make kernels: the whole suite on Debian's kernels 5.10 6.1 6.12 7.2 (qemu-system-x86_64) and
# on User-Mode Linux, each booted with this box's own userland and build (read-only, under a
# tmpfs overlay), the same runner options (K= M= CASE= PRELOAD= TIME_SCALE=); reports in
# reports/kernels/<name>/, then the verdicts compared (tools/kernels/kernels.py; README,
# "Kernels under test").
#   KERNELS="6.1 uml-6.1 6.1+userns0"   which (default: 5.10 6.1 6.12 7.2 uml-6.1 uml-7.2)
#   LIST=1                              what can be had, and what is cached
#   KERNEL_CACHE=dir                    downloads (default /var/tmp/ipcprobe-kernels)
#   KERNEL_REPORTS=dir                  reports (default reports/kernels)
#   KERNEL_CMDLINE="..."  GUEST_SYSCTL="name=value ..."   conditions for every kernel
#   KERNEL_JOBS=2 (guests at once)  KERNEL_ACCEL=auto|kvm|tcg  KERNEL_CPUS=2  KERNEL_MEM=2048
#   KERNEL_REFRESH=1  (without TIME_SCALE= the guests run with --time-scale=3)
.PHONY: kernels
ifeq ($(LIST),)
kernels: deps build
endif
kernels:
	@$(PYTHON) tools/kernels/kernels.py --top-pid=$$PPID $(if $(LIST),--list) \
	    $(if $(KERNELS),--kernels="$(KERNELS)") $(if $(KERNEL_CACHE),--cache="$(KERNEL_CACHE)") \
	    $(if $(KERNEL_REPORTS),--reports="$(KERNEL_REPORTS)") \
	    $(if $(KERNEL_CMDLINE),--cmdline="$(KERNEL_CMDLINE)") \
	    $(if $(GUEST_SYSCTL),--sysctl="$(GUEST_SYSCTL)") \
	    $(if $(KERNEL_JOBS),--jobs=$(KERNEL_JOBS)) $(if $(KERNEL_ACCEL),--accel=$(KERNEL_ACCEL)) $(if $(KERNEL_CPUS),--cpus=$(KERNEL_CPUS)) \
	    $(if $(KERNEL_MEM),--mem=$(KERNEL_MEM)) $(if $(KERNEL_REFRESH),--refresh) \
	    -- $(RUN_ARGS)
