import "csv"

data = "#datatype,string,long,dateTime:RFC3339,string,double
#group,false,false,false,true,false
#default,_result,,,,
,result,table,_time,host,_value
,,0,2018-05-22T19:53:26Z,a,1.83
,,0,2018-05-22T19:53:36Z,a,1.7
,,1,2018-05-22T19:53:26Z,b,0
"

csv.from(csv: data)
csv.from(csv: "name,count\nx,1\n", mode: "raw")
