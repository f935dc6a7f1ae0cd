// zz_export_test.go exports internals of goji's math to Go's own tests, as Go's export_test.go does.

package math

var ExpGo = exp
var Exp2Go = exp2
var HypotGo = hypot
var SqrtGo = Sqrt
var TrigReduce = trigReduce

const ReduceThreshold = reduceThreshold
