// zz_export_test.go exports internals of goji's sync to Go's own tests, as Go's export_test.go does.

package sync

var Runtime_Semacquire = runtime_Semacquire
var Runtime_Semrelease = runtime_Semrelease
